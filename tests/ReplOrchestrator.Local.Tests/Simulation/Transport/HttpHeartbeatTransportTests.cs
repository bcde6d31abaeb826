using System.Text;
using ReplOrchestrator.Local.Simulation.Transport;
using ReplOrchestrator.TestUtilities;
using ReplOrchestrator.Domain.Heartbeats.Answers;

namespace ReplOrchestrator.Local.Tests.Simulation.Transport;

public sealed class HttpHeartbeatTransportTests
{
    private static readonly ApplianceCredential s_credential = new("appl-01", "k3y-value");
    private static readonly byte[] s_body = Encoding.UTF8.GetBytes("""{"schema":"repl-heartbeat/v1"}""");

    [Fact]
    public async Task SendAsync_PostsTheBodyAsJsonWithTheKey_ToApiHeartbeatsUnderTheTargetsPath()
    {
        await using var server = await LoopbackHttpServer.StartAsync(_ => new CannedResponse(202, """{"accepted":true,"duplicate":false,"commands":[]}"""));
        using var client = new HttpClient();
        var transport = new HttpHeartbeatTransport(client, new Uri(server.BaseAddress, "monitor"));

        var outcome = await transport.SendAsync(s_credential, s_body, CancellationToken.None);

        outcome.Kind.ShouldBe(HeartbeatOutcomeKind.Accepted);
        var request = server.Requests.ShouldHaveSingleItem();
        (request.Method, request.Path, request.Body).ShouldBe(("POST", "/monitor/api/heartbeats", """{"schema":"repl-heartbeat/v1"}"""));
        request.Headers["Content-Type"].ShouldBe("application/json");
        request.Headers["x-appliance-key"].ShouldBe("k3y-value");
    }

    [Fact]
    public async Task SendAsync_NothingListening_FailsNamingTheRefusal()
    {
        using var client = new HttpClient();
        var transport = new HttpHeartbeatTransport(client, new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}"));

        var outcome = await transport.SendAsync(s_credential, s_body, CancellationToken.None);

        outcome.Kind.ShouldBe(HeartbeatOutcomeKind.Failed);
        outcome.Error!.ShouldContain("refused", Case.Insensitive);
        outcome.Error!.ShouldNotContain("k3y-value");
    }

    [Fact]
    public async Task SendAsync_Cancelled_Throws()
    {
        await using var server = await LoopbackHttpServer.StartAsync(_ => new CannedResponse(202, "{}"));
        using var client = new HttpClient();
        var transport = new HttpHeartbeatTransport(client, server.BaseAddress);

        await Should.ThrowAsync<OperationCanceledException>(() => transport.SendAsync(s_credential, s_body, new CancellationToken(canceled: true)));
    }

    [Theory]
    [InlineData(202, """{"accepted":true,"duplicate":false,"commands":[]}""", "Accepted")]
    [InlineData(200, """{"accepted":true,"duplicate":true,"commands":[]}""", "Duplicate")]
    [InlineData(400, """{"title":"bad","status":400}""", "Rejected")]
    [InlineData(403, "", "Rejected")]
    [InlineData(413, "", "Rejected")]
    [InlineData(503, "", "Failed")]
    [InlineData(500, "<html>oops</html>", "Failed")]
    [InlineData(202, "<html>proxy</html>", "Failed")]
    [InlineData(202, """{"accepted":false}""", "Failed")]
    public void FromAnswer_MapsStatusAndBody_ToTheOutcome(int status, string body, string expected) =>
        HeartbeatOutcome.FromAnswer(status, body, "Reason").Kind.ToString().ShouldBe(expected);

    [Fact]
    public void FromAnswer_ReadsCommandsForgivingly_AndSetsAsideThoseItCannotRun()
    {
        const string Body = """
            {"accepted":true,"duplicate":false,"extra":1,"commands":[
              {"commandId":"cmd-1","kind":"RunProbes","probes":["StorageWrite","EsxiTcp902"],"vmId":"vm-sql01"},
              {"commandId":"cmd-2","kind":"ResumeReplication","vmId":"vm-sql01"},
              {"commandId":"cmd-3","kind":"RunProbes","probes":["CloudStorageDns"]},
              {"commandId":"cmd-4","kind":"RunProbes","probes":["Nonsense"]},
              {"commandId":"cmd:5","kind":"RunProbes","probes":["StorageWrite"]},
              {"commandId":"cmd-6","kind":"ResumeReplication"}
            ]}
            """;

        var outcome = HeartbeatOutcome.FromAnswer(202, Body);

        outcome.Commands.ShouldBe(
        [
            ApplianceCommand.RunProbes("cmd-1", [Domain.Probes.ProbeKind.StorageWrite, Domain.Probes.ProbeKind.EsxiTcp902], "vm-sql01"),
            ApplianceCommand.ResumeReplication("cmd-2", "vm-sql01"),
        ], ignoreOrder: false, customMessage: null, comparer: new CommandComparer());
        outcome.Ignored.Select(i => i.CommandId).ShouldBe(["cmd-3", "cmd-4", null, "cmd-6"]);
        outcome.Ignored[1].Reason.ShouldBe("RunProbes cannot run: 'Nonsense' is not a probe this appliance knows");
        outcome.Ignored[0].Reason.ShouldBe("RunProbes cannot run: A RunProbes command needs at least one probe, and only appliance-side probes.");
    }

    [Fact]
    public void Describe_NamesStatusTitleAndFirstError()
    {
        var problem = HeartbeatProblem.Read(400,
            """{"title":"The heartbeat is invalid.","detail":"2 problem(s)","errors":[{"path":"$.vms[0].host","code":"invalidValue","message":"'x y' is not a DNS name or IP address"}]}""",
            "Bad Request");

        problem.Describe().ShouldBe("400 The heartbeat is invalid.: $.vms[0].host: 'x y' is not a DNS name or IP address");
        HeartbeatProblem.Read(401, "not json", "Unauthorized").Describe().ShouldBe("401 Unauthorized");
        HeartbeatProblem.Read(415, """{"title":"The request body must be JSON.","detail":"Send Content-Type: application/json"}""", null)
            .Describe().ShouldBe("415 The request body must be JSON.: Send Content-Type: application/json");
    }

    // Records compare lists by reference; commands are equal when their fields and probes are.
    private sealed class CommandComparer : IEqualityComparer<ApplianceCommand>
    {
        public bool Equals(ApplianceCommand? x, ApplianceCommand? y) =>
            x is not null && y is not null && (x.CommandId, x.Kind, x.VmId) == (y.CommandId, y.Kind, y.VmId) && x.Probes.SequenceEqual(y.Probes);

        public int GetHashCode(ApplianceCommand obj) => obj.CommandId.GetHashCode(StringComparison.Ordinal);
    }
}
