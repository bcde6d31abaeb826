using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.TestUtilities;

namespace ReplOrchestrator.Local.Tests.Simulation.Fleet;

/// <summary>How an appliance treats answers: commands once, results until delivered, refusals reported and not retried.</summary>
public sealed class SimulatedApplianceTests
{
    [Fact]
    public async Task Command_RepeatedInLaterAnswers_RunsOnce()
    {
        await using var harness = await SimulationHarness.StartAsync(new FleetSpec { VmsPerAppliance = 1, Scenarios = [ScenarioNames.UploadStall] });
        var command = ApplianceCommand.RunProbes("cmd-1", [ProbeKind.StorageWrite], null);
        harness.Api.Forced.Enqueue(Accepted(command));
        harness.Api.Forced.Enqueue(Accepted(command));
        harness.Api.Forced.Enqueue(Accepted(command));

        await harness.BeatAsync(5);

        harness.Api.Received.SelectMany(r => r.Parsed.Heartbeat!.ProbeResults).ShouldHaveSingleItem().CommandId.ShouldBe("cmd-1");
        harness.Observer.Of<CommandReceived>().ShouldHaveSingleItem();
        harness.Runner.Statistics.Snapshot().CommandsReceived.ShouldBe(1);
    }

    [Fact]
    public async Task Results_InAHeartbeatAnsweredAsDuplicate_AreSentAgain_WithoutRunningTheCommandAgain()
    {
        await using var harness = await SimulationHarness.StartAsync(new FleetSpec { VmsPerAppliance = 1 });
        var command = ApplianceCommand.RunProbes("cmd-2", [ProbeKind.GatewayService, ProbeKind.KeyVaultTcp], null);
        harness.Api.Forced.Enqueue(Accepted(command));
        harness.Api.Forced.Enqueue(new CannedResponse(200, ContractJson.Serialize(HeartbeatResponse.Repeat([command]))));

        await harness.BeatAsync(4);

        var carrying = harness.Api.Received.Where(r => r.Parsed.Heartbeat!.ProbeResults.Count > 0).Select(r => r.Parsed.Heartbeat!).ToList();
        carrying.Count.ShouldBe(2, "sent with the duplicate, then again with the next heartbeat");
        carrying[1].ProbeResults.ShouldBe(carrying[0].ProbeResults);
        carrying[1].Sequence.ShouldBe(carrying[0].Sequence + 1);
        harness.Api.Received.Skip(3).ShouldAllBe(r => r.Parsed.Heartbeat!.ProbeResults.Count == 0, "delivered once accepted");
        harness.Observer.Of<HeartbeatDuplicate>().ShouldHaveSingleItem().Sequence.ShouldBe(carrying[0].Sequence);
        harness.Observer.Of<CommandAnswered>().ShouldHaveSingleItem();
        harness.Runner.Statistics.Snapshot().ShouldBe(new SimulationSummary(4, 3, 1, 0, 0, 1, 1));
    }

    [Fact]
    public async Task BodyRefusedWith400_IsReportedWithItsProblem_AndWhatItCarriedIsDropped()
    {
        await using var harness = await SimulationHarness.StartAsync(new FleetSpec { VmsPerAppliance = 1 });
        harness.Api.Forced.Enqueue(Accepted(ApplianceCommand.RunProbes("cmd-3", [ProbeKind.ServiceBus], null)));
        harness.Api.Forced.Enqueue(new CannedResponse(400,
            """{"type":"urn:replorchestrator:problem:invalid-body","title":"The heartbeat is invalid.","status":400,"errors":[{"path":"$.probeResults[0].probe","code":"invalidValue","message":"not allowed"},{"path":"$.sentAt","code":"clockSkew","message":"late"}]}""",
            "application/problem+json"));

        await harness.BeatAsync(4);

        var rejected = harness.Observer.Of<HeartbeatRejected>().ShouldHaveSingleItem();
        rejected.Describe().ShouldBe($"appl-01 heartbeat {rejected.Sequence} rejected: 400 The heartbeat is invalid.: $.probeResults[0].probe: not allowed (and 1 more); dropped the 1 events and results it carried");
        harness.Api.Received.Skip(2).ShouldAllBe(r => r.Parsed.Heartbeat!.ProbeResults.Count == 0, "not retried");
        harness.Runner.Statistics.Snapshot().Rejected.ShouldBe(1);
    }

    [Fact]
    public async Task KeyRefusedWith401_KeepsWhatItCarried_ForTheNextHeartbeat()
    {
        await using var harness = await SimulationHarness.StartAsync(new FleetSpec { VmsPerAppliance = 1 });
        harness.Api.Forced.Enqueue(Accepted(ApplianceCommand.RunProbes("cmd-4", [ProbeKind.ServiceBus], null)));
        harness.Api.Forced.Enqueue(new CannedResponse(401, """{"title":"A valid x-appliance-key header is required.","status":401}""", "application/problem+json"));

        await harness.BeatAsync(3);

        harness.Api.Received[2].Parsed.Heartbeat!.ProbeResults.ShouldHaveSingleItem().CommandId.ShouldBe("cmd-4");
        harness.Observer.Of<HeartbeatRejected>().ShouldHaveSingleItem().Describe().ShouldEndWith("rejected: 401 A valid x-appliance-key header is required.");
    }

    [Fact]
    public async Task ServerFailing_IsReportedOnce_ThenItsReturn_AndEventsWaitForIt()
    {
        await using var harness = await SimulationHarness.StartAsync(new FleetSpec { VmsPerAppliance = 1, Scenarios = [ScenarioNames.HyperVReplicaBackup] });
        await harness.BeatAsync(2);
        for (var i = 0; i < 4; i++)
        {
            harness.Api.Forced.Enqueue(new CannedResponse(503, """{"title":"The service cannot take this request now.","status":503}"""));
        }

        await harness.BeatAsync(6);

        harness.Observer.Of<HeartbeatFailed>().ShouldHaveSingleItem().Error.ShouldBe("the server answered 503 The service cannot take this request now.");
        harness.Observer.Of<ServerReachedAgain>().ShouldHaveSingleItem().FailedHeartbeats.ShouldBe(4);
        var valid = harness.Api.Received.Select(r => r.Parsed.Heartbeat!).ToList();
        var delivered = valid[6].Events.Select(e => e.EventId).ToList();
        delivered.ShouldBe([32546, 19050, 32032, 33680, 32546, 19050, 32032, 33680], "the events of the failed heartbeats come with the first accepted one");
        harness.Runner.Statistics.Snapshot().Failed.ShouldBe(4);
    }

    [Fact]
    public async Task UnknownCommandKind_IsReportedOnce_AndAnsweredAsFailed()
    {
        await using var harness = await SimulationHarness.StartAsync(new FleetSpec { VmsPerAppliance = 1 });
        const string Answer = """{"accepted":true,"duplicate":false,"commands":[{"commandId":"cmd-5","kind":"Reboot"},{"commandId":"cmd-6","kind":"ResumeReplication","vmId":"vm-x"}]}""";
        harness.Api.Forced.Enqueue(new CannedResponse(202, Answer));
        harness.Api.Forced.Enqueue(new CannedResponse(202, Answer));

        await harness.BeatAsync(3);

        harness.Observer.Of<CommandIgnored>().ShouldHaveSingleItem().Describe().ShouldBe("appl-01 cannot run cmd-5: this appliance does not know the command kind 'Reboot'");
        harness.Api.Received.SelectMany(r => r.Parsed.Heartbeat!.CommandResults).Select(r => (r.CommandId, r.Ok)).ShouldBe([("cmd-6", false), ("cmd-5", false)]);
    }

    private static CannedResponse Accepted(ApplianceCommand command) => new(202, ContractJson.Serialize(HeartbeatResponse.Taken([command])));
}
