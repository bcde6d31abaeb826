namespace ReplOrchestrator.DurableTask.Replay;

/// <summary>The code asked to restart with <paramref name="SerializedInput"/> once it returns.</summary>
internal sealed record ContinueAsNewRequest(string? SerializedInput, bool PreserveUnprocessedEvents);
