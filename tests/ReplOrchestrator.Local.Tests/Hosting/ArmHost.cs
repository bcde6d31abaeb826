using System.Net;
using System.Text.Json.Nodes;
using Azure.ResourceManager;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using ReplOrchestrator.Api.Arm;
using ReplOrchestrator.Api.Heartbeats;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Local.Simulation.Arm;
using ReplOrchestrator.TestUtilities;

namespace ReplOrchestrator.Local.Tests.Hosting;

/// <summary>
/// The running local host watching one vault of the ARM stand-in through its real hosted poller and Azure.ResourceManager's
/// ArmClient, its clock driven by the test, beside appliance <c>appl-a</c> that reports over HTTP.
/// </summary>
internal sealed class ArmHost : IAsyncDisposable
{
    public const string VaultId = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-migrate/providers/Microsoft.RecoveryServices/vaults/vault-contoso";
    public const string ApplianceId = "arm-vault-contoso";
    private long _sequence;

    private ArmHost(ArmStandIn arm, RunningHost host, ManualTimeProvider time)
    {
        Arm = arm;
        Host = host;
        Time = time;
    }

    public ArmStandIn Arm { get; }

    public RunningHost Host { get; private set; }

    public ManualTimeProvider Time { get; }

    public DateTimeOffset Now => Time.GetUtcNow();

    private ArmPoller Poller => Host.App.Services.GetRequiredService<ArmPoller>();

    /// <summary>Starts the stand-in holding <paramref name="items"/> (then <paramref name="prepare"/> it), then the host, and waits for its first poll.</summary>
    public static async Task<ArmHost> StartAsync(Func<DateTimeOffset, MigrationItemJson[]> items, Action<ArmStandIn>? prepare = null)
    {
        var time = new ManualTimeProvider(DateTimeOffset.UtcNow);
        var arm = await ArmStandIn.StartAsync();
        arm.SetItems(VaultId, [.. items(time.GetUtcNow()).Select(i => i.ToJson(VaultId))]);
        prepare?.Invoke(arm);
        var host = await RunningHost.StartAsync(time, Watching(arm), armClient: arm.Client);
        var armHost = new ArmHost(arm, host, time);
        await armHost.WaitForPollsAsync(1);
        return armHost;
    }

    /// <summary>
    /// Restarts the host on the same task hub after <paramref name="downtime"/> (none by default): watching the vault
    /// again (and waiting for the new process's first poll), or as an instance that serves the API and polls nothing.
    /// </summary>
    public async Task RestartAsync(bool polling = true, TimeSpan downtime = default)
    {
        void Down() => Time.Advance(downtime);
        Host = polling ? await Host.RestartAsync(Watching(Arm), Arm.Client, Down) : await Host.RestartAsync(whileDown: Down);
        if (polling)
        {
            await WaitForPollsAsync(1);
        }
    }

    /// <summary>A second poller on the host's task hub, with its own memory, as another instance of the app runs one.</summary>
    public ArmPoller AnotherPoller() => ActivatorUtilities.CreateInstance<ArmPoller>(Host.App.Services, new HeartbeatIntake(new SequenceGate()));

    /// <summary>Lets half the poll interval pass, then <paramref name="poller"/> polls: between two polls of the host's own poller.</summary>
    public async Task PollHalfAnIntervalLaterAsync(ArmPoller poller)
    {
        Time.Advance(TimeSpan.FromMinutes(2.5));
        await poller.PollDueAsync(Host.App.Services.GetRequiredService<DurableTaskClient>(), CancellationToken.None);
    }

    /// <summary>The vault now holds <paramref name="items"/>.</summary>
    public void Show(params MigrationItemJson[] items) => Arm.SetItems(VaultId, [.. items.Select(i => i.ToJson(VaultId))]);

    /// <summary>The vault records <paramref name="events"/> besides those it has.</summary>
    public void Record(params ReplicationEventJson[] events) => Arm.AddEvents(VaultId, [.. events.Select(e => e.ToJson(VaultId))]);

    /// <summary>Lets five minutes pass: the hosted poller polls once more, and the test waits until that poll is taken.</summary>
    public async Task PassPollIntervalAsync(VmReport? heartbeatVm = null)
    {
        var polls = Poller.CompletedPolls;
        Time.Advance(TimeSpan.FromMinutes(5));
        await WaitForPollsAsync(polls + 1);
        if (heartbeatVm is not null)
        {
            await BeatAsync(heartbeatVm);
        }
    }

    /// <summary>Appliance <c>appl-a</c> reports <paramref name="vm"/> over HTTP: the heartbeat path, for comparison.</summary>
    public async Task BeatAsync(VmReport vm)
    {
        using var response = await Host.PostHeartbeatAsync("key-of-a-for-the-local-tests", Heartbeats.Of("appl-a", ++_sequence, Now, vm));
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
    }

    /// <summary>The firing alert with <paramref name="code"/> for <paramref name="applianceId"/>'s VM, once there is one.</summary>
    public async Task<JsonNode> FiringAsync(string applianceId, string code)
    {
        var alerts = await Host.WaitForAsync("/api/alerts?status=firing", a => Find(a, applianceId, code) is not null);
        return Find(alerts, applianceId, code)!;
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Arm.DisposeAsync();
    }

    private static Dictionary<string, string?> Watching(ArmStandIn arm) => new(arm.Settings) { ["Repl:Arm:Vaults:0"] = VaultId };

    private static JsonNode? Find(JsonNode alerts, string applianceId, string code) =>
        alerts.AsArray().FirstOrDefault(a => a!["applianceId"]!.GetValue<string>() == applianceId && a["code"]!.GetValue<string>() == code);

    private async Task WaitForPollsAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Poller.CompletedPolls < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The ARM poller did not finish poll {count} within 30 s.");
            }

            await Task.Delay(20);
        }
    }
}
