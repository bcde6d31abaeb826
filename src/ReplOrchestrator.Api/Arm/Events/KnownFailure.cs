using ReplOrchestrator.Api.Arm.Items;

namespace ReplOrchestrator.Api.Arm.Events;

/// <summary>A failure of one migration item the ARM source has seen, as a health error, an event or both.</summary>
/// <param name="Failure">The failure as first seen: its date never moves, so a failure reported once is never new again.</param>
/// <param name="LastSeenAt">When a health error or event last showed it.</param>
internal readonly record struct KnownFailure(ArmHealthError Failure, DateTimeOffset LastSeenAt);
