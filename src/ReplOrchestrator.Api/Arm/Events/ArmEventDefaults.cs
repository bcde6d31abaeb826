namespace ReplOrchestrator.Api.Arm.Events;

/// <summary>How far the ARM source reads back in a vault's events, and how long it remembers a failure.</summary>
internal static class ArmEventDefaults
{
    /// <summary>
    /// Each read starts this long before the previous one ended: an event can be listed a little after the time it
    /// records, and Azure's clock is not ours. Events read twice are known by name and taken once.
    /// </summary>
    public static readonly TimeSpan Overlap = TimeSpan.FromMinutes(10);

    /// <summary>How far the first read after the process starts looks back: the failures of a restart's gap, not the vault's history.</summary>
    public static readonly TimeSpan FirstLookBack = TimeSpan.FromHours(1);

    /// <summary>How far apart an event and an item's health error with the same error id may be dated and still be one failure.</summary>
    public static readonly TimeSpan SameFailureWithin = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a failure is remembered after it was last seen: long enough that a failure seen in one poll but not
    /// reported in it (a new recovery point took that poll) is reported in a later one, and that its other sighting
    /// (event or health error) arriving later is known as the same failure.
    /// </summary>
    public static readonly TimeSpan Remember = TimeSpan.FromHours(1);
}
