using ReplOrchestrator.Domain.Alerts;

namespace ReplOrchestrator.Domain.Catalog;

/// <summary>
/// One known error, event, situation or condition: what it means, why it happens, how to tell the
/// causes apart with probes, and what to do.
/// </summary>
public sealed record CatalogEntry
{
    /// <summary>The stable code alerts, dedup keys and routing rules use (for example <c>DiskUploadTimedOut</c>).</summary>
    public required string Code { get; init; }

    /// <summary>The product's numeric error or event ids; empty when it has none.</summary>
    public IReadOnlyList<int> Ids { get; init; } = [];

    /// <summary>Whose error or event this is.</summary>
    public required Product Product { get; init; }

    /// <summary>What the entry is recognised from.</summary>
    public required EntryKind Kind { get; init; }

    /// <summary>The severity an alert for it gets unless the situation says otherwise.</summary>
    public required AlertSeverity Severity { get; init; }

    /// <summary>A short title, sentence case, no full stop.</summary>
    public required string Title { get; init; }

    /// <summary>What it means, in a sentence or two, including facts a reader could get wrong.</summary>
    public required string Summary { get; init; }

    /// <summary>The documented causes, most likely or first to check first.</summary>
    public required IReadOnlyList<ProbableCause> Causes { get; init; }

    /// <summary>The documented steps, in the order to take them.</summary>
    public required IReadOnlyList<RecommendedAction> Actions { get; init; }

    /// <summary>Where the facts come from; the first link is the main one.</summary>
    public required IReadOnlyList<DocLink> Links { get; init; }

    /// <summary>Names the product reports for it (matched exactly, ignoring case), besides <see cref="Code"/>.</summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    /// <summary>Fragments of the product's message that identify it (matched ignoring case and spacing).</summary>
    public IReadOnlyList<string> MessagePatterns { get; init; } = [];
}
