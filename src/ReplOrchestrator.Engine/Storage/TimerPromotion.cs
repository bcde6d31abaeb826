namespace ReplOrchestrator.Engine.Storage;

/// <summary>What one pass of the timer scheduler did.</summary>
/// <param name="Fired">How many timers fell due and moved into inboxes.</param>
/// <param name="NextDueAt">When the earliest remaining timer falls due, or <see langword="null"/> when none is left.</param>
internal readonly record struct TimerPromotion(int Fired, DateTimeOffset? NextDueAt);
