namespace ReplOrchestrator.Api.Arm.Items;

/// <summary>A <c>HealthError</c> on a migration item: the product's error id and its texts.</summary>
/// <param name="ErrorCode">The Microsoft error id, e.g. <c>1011</c> or <c>181008</c>.</param>
/// <param name="ErrorMessage">The error message (181008's two meanings differ only by it).</param>
/// <param name="PossibleCauses"><c>possibleCauses</c>.</param>
/// <param name="RecommendedAction"><c>recommendedAction</c>.</param>
/// <param name="CreatedAt"><c>creationTimeUtc</c>: tells a new failure from one already reported.</param>
public sealed record ArmHealthError(string? ErrorCode, string? ErrorMessage, string? PossibleCauses, string? RecommendedAction, DateTimeOffset? CreatedAt);
