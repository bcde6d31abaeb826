namespace ReplOrchestrator.Local.Tests.Simulation.Scenarios;

public sealed class HealthyScenarioTests
{
    [Fact]
    public async Task HealthyVmwareVm_RunsDeltaCycles_SnapshotUploadDisposeCompleted_Repeatedly()
    {
        await using var harness = await SimulationHarness.StartAsync(new FleetSpec { VmsPerAppliance = 4 });

        await harness.BeatAsync(40);

        foreach (var vm in harness.Fleet.Appliances[0].Vms)
        {
            var cycles = harness.ReportsOf("appl-01", vm.Identity.VmId)
                .Where(r => r.Vm.Cycle is not null)
                .GroupBy(r => r.Vm.Cycle!.CycleId)
                .ToList();
            cycles.Count.ShouldBeGreaterThanOrEqualTo(3);
            foreach (var cycle in cycles.SkipLast(1))
            {
                var seen = cycle.Select(r => r.Vm.Cycle!).ToList();
                seen.Select(c => c.Phase).Distinct().ShouldBe([CyclePhase.Snapshot, CyclePhase.Upload, CyclePhase.DisposeArtefacts, CyclePhase.Completed]);
                seen.ShouldAllBe(c => c.Type == CycleType.Delta && c.Error == null && c.StartedAt == seen[0].StartedAt);
                var uploaded = seen.Select(c => c.Disks.Sum(d => d.UploadedBytes)).ToList();
                uploaded.ShouldBeInOrder();
                uploaded.Distinct().Count().ShouldBeGreaterThan(3, "progress is steady, not a jump");
                seen[^1].Disks.ShouldAllBe(d => d.UploadedBytes == d.TotalBytes && d.TotalBytes > 0);
            }
        }
    }

    [Fact]
    public async Task Heartbeats_CountSequenceUpByOne_CarryTheApplianceServicesAndEndpoints_AndOnlyTheirOwnKey()
    {
        await using var harness = await SimulationHarness.StartAsync(new FleetSpec { Appliances = 2, VmsPerAppliance = 2, FirstSequence = 1042 });

        await harness.BeatAsync(5);

        foreach (var appliance in new[] { "appl-01", "appl-02" })
        {
            var heartbeats = harness.Api.HeartbeatsOf(appliance);
            heartbeats.Select(h => h.Sequence).ShouldBe([1042, 1043, 1044, 1045, 1046]);
            heartbeats.Select(h => h.SentAt - heartbeats[0].SentAt).ShouldBe([.. Enumerable.Range(0, 5).Select(i => harness.Interval * i)]);
            heartbeats.ShouldAllBe(h => h.Kind == ApplianceKind.AzureMigrateVMware);
            heartbeats[0].Services.ShouldBe([new ServiceStatus("asrgwy", ServiceState.Running)]);
            heartbeats[0].Endpoints.Select(e => (e.Role, e.Port)).ShouldBe(
                [(EndpointRole.Storage, 443), (EndpointRole.ServiceBus, 443), (EndpointRole.KeyVault, 443), (EndpointRole.VCenter, 443)]);
            heartbeats[0].Endpoints[0].Host.ShouldMatch(@"^migratelsa\d{10}\.blob\.core\.windows\.net$");
        }

        harness.Api.Requests.ShouldAllBe(r => r.Path == "/api/heartbeats" && r.Headers["Content-Type"] == "application/json");
        var keys = SimulationHarness.Credentials(2).ToDictionary(c => c.Id, c => c.Key);
        harness.Api.Received.ShouldAllBe(r => r.Request.Headers["x-appliance-key"] == keys[r.Parsed.Heartbeat!.ApplianceId], "each appliance reports for itself");
    }

    [Fact]
    public async Task HealthyHyperVVm_SendsAtAnAllowedFrequency_UploadThenCompleted()
    {
        await using var harness = await SimulationHarness.StartAsync(new FleetSpec
        {
            Appliances = 2, VmsPerAppliance = 3, Scenarios = [Local.Simulation.Scenarios.ScenarioNames.HyperVSuspendedAtShutdown],
        });

        await harness.BeatAsync(12);

        var hyperV = harness.Api.HeartbeatsOf("appl-02");
        hyperV.ShouldAllBe(h => h.Kind == ApplianceKind.HyperVReplica && h.Services.Single().Name == "vmms" && h.Endpoints.Count == 0);
        foreach (var vmId in hyperV[0].Vms.Skip(1).Select(v => v.VmId))
        {
            var reports = hyperV.Select(h => h.Vms.Single(v => v.VmId == vmId)).ToList();
            reports.ShouldAllBe(v => v.Replication.FrequencySeconds == 900 && v.Host == "hv01.contoso.local");
            var sends = reports.Where(v => v.Cycle != null).GroupBy(v => v.Cycle!.CycleId).Select(g => g.Select(v => v.Cycle!.Phase).ToList()).ToList();
            sends.Count.ShouldBeGreaterThan(4);
            sends.SkipLast(1).ShouldAllBe(p => p.SequenceEqual(new[] { CyclePhase.Upload, CyclePhase.Completed }));
        }
    }
}
