namespace ReplOrchestrator.Domain.Catalog;

/// <summary>One step of a documented fix, with the causes it addresses.</summary>
/// <param name="Text">The step, concrete enough to do at 3 a.m. (commands included).</param>
/// <param name="ForCauses">Ids of the causes this step checks or fixes; empty for steps that apply whatever the cause.</param>
public sealed record RecommendedAction(string Text, IReadOnlyList<string> ForCauses)
{
    /// <summary>A step that applies whatever the cause.</summary>
    public static RecommendedAction General(string text) => new(text, []);

    /// <summary>A step for the listed causes.</summary>
    public static RecommendedAction For(string text, params string[] causeIds) => new(text, causeIds);
}
