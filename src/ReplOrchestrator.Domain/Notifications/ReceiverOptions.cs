namespace ReplOrchestrator.Domain.Notifications;

/// <summary>
/// A named receiver: the Teams channels and mailboxes one route's notifications go to; bound from
/// <c>Repl:Notifications:Receivers:{n}</c>.
/// </summary>
public sealed record ReceiverOptions
{
    /// <summary>The name routes refer to; unique, 1 to 64 letters, digits, <c>.</c>, <c>_</c> and <c>-</c> (it becomes part of group keys).</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Whether the receiver is told when alerts resolve.</summary>
    /// <value>Defaults to true (Alertmanager defaults email receivers to false; this issue asks for true everywhere).</value>
    public bool SendResolved { get; init; } = true;

    /// <summary>The Teams channels it posts to.</summary>
    public IReadOnlyList<TeamsTargetOptions> Teams { get; init; } = [];

    /// <summary>The email targets it sends to.</summary>
    public IReadOnlyList<EmailTargetOptions> Email { get; init; } = [];

    /// <summary>Describes the receiver without secrets.</summary>
    public override string ToString() =>
        $"{Name}: {string.Join("; ", [.. Teams.Select(t => t.ToString()), .. Email.Select(e => e.ToString())])}"
        + (SendResolved ? string.Empty : " (no resolved notifications)");
}
