using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Workflows.Tests.Scenarios;

/// <summary>Steps scenarios share: heartbeats at an interval while time passes.</summary>
internal static class ScenarioSteps
{
    /// <summary>Sends a heartbeat now and then every <paramref name="interval"/> until <paramref name="duration"/> has passed.</summary>
    public static async Task HeartbeatsForAsync(this WorkflowHarness harness, TestAppliance appliance, TimeSpan duration, TimeSpan? interval = null, Action<int>? before = null)
    {
        var every = interval ?? TimeSpan.FromMinutes(5);
        var end = harness.Now + duration;
        for (var i = 0; harness.Now < end; i++)
        {
            before?.Invoke(i);
            await harness.SendAsync(appliance.Heartbeat(harness.Now));
            await harness.AdvanceAsync(end - harness.Now < every ? end - harness.Now : every);
        }
    }

    /// <summary>The RunProbes command the appliance's next heartbeat answer would carry.</summary>
    public static async Task<ApplianceCommand> PendingProbeCommandAsync(this WorkflowHarness harness, TestAppliance appliance)
    {
        var status = await harness.ApplianceAsync(appliance.Id);
        return status!.PendingCommands.ShouldHaveSingleItem();
    }
}
