using Microsoft.Extensions.Logging;
using ReplOrchestrator.Domain.Heartbeats.Answers;

namespace ReplOrchestrator.Agent;

/// <summary>Every message the agent logs, source-generated; ids are stable: 1xxx lifecycle, 2xxx heartbeats, 3xxx commands, 4xxx host.</summary>
internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Information, "Agent for {ApplianceId} ({Kind}) reporting to {Server} every {Interval}; epoch {Epoch}, last sequence {Sequence}")]
    public static partial void Started(ILogger logger, string applianceId, string kind, Uri server, TimeSpan interval, string epoch, long sequence);

    [LoggerMessage(2001, LogLevel.Debug, "Heartbeat {Sequence} {Outcome}: {Events} events, {ProbeResults} probe and {CommandResults} command results delivered")]
    public static partial void Sent(ILogger logger, long sequence, HeartbeatOutcomeKind outcome, int events, int probeResults, int commandResults);

    [LoggerMessage(2002, LogLevel.Warning, "Heartbeat {Sequence} not delivered ({Error}); {Pending} results and {Events} events kept in the spool")]
    public static partial void Unreachable(ILogger logger, long sequence, string error, int pending, int events);

    [LoggerMessage(2006, LogLevel.Debug, "Heartbeat {Sequence} not delivered either ({Error})")]
    public static partial void StillUnreachable(ILogger logger, long sequence, string error);

    [LoggerMessage(2003, LogLevel.Error, "Heartbeat {Sequence} refused: {Problem}")]
    public static partial void Refused(ILogger logger, long sequence, string problem);

    [LoggerMessage(2004, LogLevel.Information, "Server reachable again; delivered what the spool held")]
    public static partial void Reconnected(ILogger logger);

    [LoggerMessage(2005, LogLevel.Warning, "The spool is full: {Dropped} oldest events dropped ({Total} since install)")]
    public static partial void EventsDropped(ILogger logger, int dropped, long total);

    [LoggerMessage(2007, LogLevel.Error, "Heartbeat cycle failed ({Error}: {Message}); trying again at the next interval")]
    public static partial void CycleFailed(ILogger logger, string error, string message);

    [LoggerMessage(3001, LogLevel.Information, "Ran {Count} commands; their results go with the next heartbeat")]
    public static partial void CommandsRan(ILogger logger, int count);

    [LoggerMessage(4001, LogLevel.Warning, "Host read failed: {Problem}")]
    public static partial void HostProblem(ILogger logger, string problem);
}
