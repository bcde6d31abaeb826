namespace ReplOrchestrator.Domain.Catalog;

/// <summary>What part of an <see cref="ErrorReport"/> decided its classification.</summary>
public enum MatchBasis
{
    /// <summary>Nothing matched; the entry is <see cref="ErrorCatalog.Unclassified"/>.</summary>
    None,

    /// <summary>The event id.</summary>
    EventId,

    /// <summary>A known fragment of the message; wins over the code because ids have changed meaning (181008).</summary>
    Message,

    /// <summary>The numeric error id.</summary>
    ErrorId,

    /// <summary>The error name.</summary>
    ErrorName,
}
