namespace ReplOrchestrator.Domain.Notifications;

/// <summary>How a <see cref="LabelMatcher"/> compares a label with its value.</summary>
public enum MatchOperator
{
    /// <summary><c>label=value</c>: the label equals the value.</summary>
    Equal,

    /// <summary><c>label!=value</c>: the label differs from the value.</summary>
    NotEqual,

    /// <summary><c>label=~regex</c>: the whole label matches the regex.</summary>
    MatchesRegex,

    /// <summary><c>label!~regex</c>: the whole label does not match the regex.</summary>
    DoesNotMatchRegex,
}
