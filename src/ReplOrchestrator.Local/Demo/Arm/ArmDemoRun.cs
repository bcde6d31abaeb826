using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReplOrchestrator.Api.Arm;
using ReplOrchestrator.Api.Configuration;
using ReplOrchestrator.Local.Simulation.Arm;

namespace ReplOrchestrator.Local.Demo.Arm;

/// <summary>
/// The demo through Azure Resource Manager, the agentless path: an ARM stand-in on a loopback HTTPS port (a throw-away
/// certificate, a static bearer token) serves the demo's vault, and the host's real ARM poller reads it through
/// Azure.ResourceManager's ArmClient every few seconds, turning each poll into a heartbeat of <c>arm-{vault}</c>. No
/// appliance and no agent: what the server knows, it read from the vault's migration items.
/// </summary>
/// <remarks>
/// It succeeds (exit code 0) when every situation raised its alerts, with their Microsoft error ids, and they resolved
/// when the item recovered; otherwise it says in one line which did not, and exits with 1.
/// </remarks>
internal static class ArmDemoRun
{
    private const int Failure = 1;

    public static async Task<int> RunAsync(TimeSpan duration, string? dataDirectory, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var operatorKey = DemoSettings.NewKey();
        await using var arm = await ArmStandIn.StartAsync(cancellationToken).ConfigureAwait(false);
        var settings = DemoSettings.Server([], operatorKey);
        settings[$"{ArmOptions.Section}:{nameof(ArmOptions.Vaults)}:0"] = ArmDemoVault.Id;
        settings[$"{ArmOptions.Section}:{nameof(ArmOptions.PollInterval)}"] = DemoSettings.ArmPollInterval.ToString("c", CultureInfo.InvariantCulture);
        foreach (var (key, value) in arm.Settings)
        {
            settings[key] = value;
        }

        var vault = new ArmDemoVault(DemoSettings.ArmPollInterval, ReplConfiguration.WorkflowOptions(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()));
        arm.Serve(ArmDemoVault.Id, () => vault.ItemsAt(TimeProvider.System.GetUtcNow()));
        arm.ServeEvents(ArmDemoVault.Id, () => vault.EventsAt(TimeProvider.System.GetUtcNow()));
        await using var stage = await DemoStage.StartAsync(settings, operatorKey, dataDirectory, arm.Client, error, cancellationToken).ConfigureAwait(false);
        if (stage is null)
        {
            return Failure;
        }

        var situations = ArmDemoVault.Situations;
        await output.WriteLineAsync($"ReplOrchestrator demo through Azure Resource Manager: vault {ArmDemoVault.Vault.Name} on an ARM stand-in at {arm.Endpoint} "
            + $"(TLS with a throw-away certificate), {situations.Count} migration items, {situations.Count(s => s.Expected.Count > 0)} situations from the troubleshooting guides, "
            + $"polled every {DemoSettings.ArmPollInterval.TotalSeconds:0} s as appliance {ArmDemoVault.Vault.ApplianceId}, {duration.TotalSeconds:0} s. API: {stage.Url} (data: {stage.Data})")
            .ConfigureAwait(false);
        await stage.WriteLinksAsync(output).ConfigureAwait(false);
        var view = new DemoView(output, stage.Api, () => vault.Snapshot(TimeProvider.System.GetUtcNow()), stage.Tally);
        stage.Listen(view);
        await view.ShowAsync(PlayAsync(duration, cancellationToken), cancellationToken).ConfigureAwait(false);

        var visible = await stage.FinishAsync().ConfigureAwait(false);
        var polls = stage.Services.GetRequiredService<ArmPoller>().CompletedPolls;
        await DemoSummary.WriteAsync(output, $"vault {ArmDemoVault.Vault.Name}: {polls} polls, {arm.ListRequests(ArmDemoVault.Id)} list requests "
            + $"({situations.Count} items, {arm.PageSize} a page, linked by nextLink)", stage.Tally, visible, stage.Topic.JournalPath).ConfigureAwait(false);
        var outcomes = ArmDemoOutcome.Judge(situations, stage.Tally);
        await output.WriteLineAsync("  situations through ARM:").ConfigureAwait(false);
        var (nameWidth, subjectWidth) = (outcomes.Max(o => o.Situation.Name.Length), outcomes.Max(o => o.Subject.Length));
        foreach (var outcome in outcomes)
        {
            await output.WriteLineAsync($"    {outcome.Situation.Name.PadRight(nameWidth)}  {outcome.Subject.PadRight(subjectWidth)}  {outcome.Problem ?? "raised, resolved"}")
                .ConfigureAwait(false);
        }

        await stage.WriteNotificationsAsync(output).ConfigureAwait(false);
        var unfinished = outcomes.Where(o => o.Problem is not null).ToList();
        if (unfinished.Count > 0)
        {
            await error.WriteLineAsync($"error: the ARM demo ended before every situation played out: {string.Join("; ", unfinished.Select(o => $"{o.Subject} {o.Problem}"))}; "
                + "give it a longer --duration").ConfigureAwait(false);
            return Failure;
        }

        return 0;
    }

    private static async Task PlayAsync(TimeSpan duration, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(duration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping early is a normal end of the demo.
        }
    }
}
