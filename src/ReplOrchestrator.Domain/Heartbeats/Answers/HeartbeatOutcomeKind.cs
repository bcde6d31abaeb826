namespace ReplOrchestrator.Domain.Heartbeats.Answers;

/// <summary>What became of one heartbeat.</summary>
public enum HeartbeatOutcomeKind
{
    /// <summary>Taken (202): what it carried is delivered.</summary>
    Accepted,

    /// <summary>Acknowledged as a repeat (<c>"duplicate": true</c>): the server ignored it, so what it carried is not delivered.</summary>
    Duplicate,

    /// <summary>Refused with a 4xx problem: the body, the key or the request was wrong.</summary>
    Rejected,

    /// <summary>No usable answer: the server was unreachable, timed out, failed (5xx) or answered something unreadable.</summary>
    Failed,
}
