using ReplOrchestrator.Agent.Embedding;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Local.Simulation;

namespace ReplOrchestrator.Local.Demo;

/// <summary>The demo's last words: what the fleet sent, and what ReplOrchestrator detected, resolved and kept quiet.</summary>
internal static class DemoSummary
{
    public static Task WriteAsync(TextWriter output, SimulationSummary simulated, AlertTally tally, IReadOnlyList<Alert> visible, string? journal) =>
        WriteAsync(output, $"heartbeats: {simulated.HeartbeatsSent} sent, {simulated.Accepted} accepted, {simulated.Rejected} rejected; "
            + $"commands: {simulated.CommandsReceived} received, {simulated.CommandsAnswered} answered", tally, visible, journal);

    /// <summary>The summary's heading, a line about what fed the host (<paramref name="source"/>), and what ReplOrchestrator made of it.</summary>
    public static async Task WriteAsync(TextWriter output, string source, AlertTally tally, IReadOnlyList<Alert> visible, string? journal)
    {
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync("Demo summary").ConfigureAwait(false);
        await output.WriteLineAsync("  " + source).ConfigureAwait(false);
        var codes = tally.ByCode();
        await output.WriteLineAsync($"  alerts: {codes.Sum(c => c.Raised)} raised, {codes.Sum(c => c.Updated)} updated by a diagnosis, {codes.Sum(c => c.Resolved)} resolved")
            .ConfigureAwait(false);
        foreach (var (code, raised, updated, resolved) in codes)
        {
            await output.WriteLineAsync($"    {code,-32} raised {raised}, updated {updated}, resolved {resolved}").ConfigureAwait(false);
        }

        var open = tally.StillFiring();
        await output.WriteLineAsync($"  still firing: {(open.Count == 0 ? "none" : string.Join(", ", open.Select(a => a.DedupKey)))}").ConfigureAwait(false);
        // Raised but never notified: a maintenance window or an appliance-level alert held them back.
        var muted = visible.Where(a => !tally.WasPublished(a)).ToList();
        await output.WriteLineAsync("  kept quiet by maintenance windows or inhibition (visible in the API, never notified): "
            + (muted.Count == 0 ? "none" : string.Join(", ", muted.Select(a => $"{a.DedupKey} ({a.Status.ToString().ToLowerInvariant()})")))).ConfigureAwait(false);
        if (journal is not null)
        {
            await output.WriteLineAsync($"  every alert, as published: {journal}").ConfigureAwait(false);
        }
    }

    /// <summary>What each real agent did: heartbeats, commands run, and the answers the server took.</summary>
    public static async Task WriteAgentsAsync(TextWriter output, IReadOnlyList<EmbeddedAgent> agents)
    {
        foreach (var agent in agents)
        {
            var activity = agent.Activity;
            var answers = activity.Answers;
            await output.WriteLineAsync($"  agent {agent.ApplianceId} ({agent.Kind}): heartbeats: {activity.HeartbeatsSent} sent, {activity.HeartbeatsAccepted} accepted; "
                + $"commands: {activity.CommandsRun} run, {answers.Count} answered").ConfigureAwait(false);
            foreach (var answer in answers)
            {
                await output.WriteLineAsync($"    {answer.CommandId} {(answer.Ok ? "ok" : "failed")}: {answer.Detail}").ConfigureAwait(false);
            }
        }
    }

    /// <summary>What the receivers were told: every Teams card's title, and how many mails went alongside.</summary>
    public static async Task WriteNotificationsAsync(TextWriter output, DemoInbox inbox, bool ownReceivers)
    {
        if (!ownReceivers)
        {
            await output.WriteLineAsync("  notifications: sent to the receivers of your Repl:Notifications settings").ConfigureAwait(false);
            return;
        }

        var received = inbox.Received;
        var cards = received.Where(r => r.Channel == "Teams").ToList();
        await output.WriteLineAsync($"  notifications to 'oncall': {cards.Count} Teams card(s) and {received.Count - cards.Count} mail(s) received by the demo's webhook and SMTP relay").ConfigureAwait(false);
        foreach (var card in cards)
        {
            await output.WriteLineAsync($"    {card.Title}").ConfigureAwait(false);
        }
    }
}
