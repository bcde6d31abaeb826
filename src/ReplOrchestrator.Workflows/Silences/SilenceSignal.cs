using ReplOrchestrator.Domain.Alerts;

namespace ReplOrchestrator.Workflows.Silences;

/// <summary>Adds a silence (or replaces one with the same id), or removes one by id.</summary>
/// <param name="Add">The silence to add; <see langword="null"/> to remove.</param>
/// <param name="RemoveId">The id to remove, when <paramref name="Add"/> is null.</param>
public sealed record SilenceSignal(Silence? Add, string? RemoveId);
