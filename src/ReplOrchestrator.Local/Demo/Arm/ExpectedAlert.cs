namespace ReplOrchestrator.Local.Demo.Arm;

/// <summary>An alert a situation must raise, and then resolve, for the ARM demo to succeed.</summary>
/// <param name="Code">The catalog code.</param>
/// <param name="ErrorId">The Microsoft error id the alert must carry; null where the condition has none.</param>
internal sealed record ExpectedAlert(string Code, int? ErrorId);
