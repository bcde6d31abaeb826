using System.Text.Json.Nodes;
using ReplOrchestrator.Agent.Storage;
using ReplOrchestrator.Agent.Tests.Support;

namespace ReplOrchestrator.Agent.Tests.Heartbeats;

/// <summary>The agent as a process against the real local host, through a connection the test can cut.</summary>
public sealed class AgentProcessOutageTests
{
    private const string VmId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";

    [Fact]
    public async Task ServerOutageThenKill9_AfterRestartThePendingResultArrives_AndSequenceKeepsGrowing()
    {
        await using var server = await LocalServer.StartAsync();
        await using var proxy = await CuttableProxy.StartAsync(server.Url);
        using var setup = new AgentSetup(proxy.Url);
        var now = DateTimeOffset.UtcNow;
        setup.Host.Services(("vmms", "Running")).Replication((VmId, "sql01", "Suspended")).Events(
            (7, 32022, VmId, now.AddSeconds(-20), "Hyper-V could not replicate changes for virtual machine sql01: The operation has been canceled (0x80004004)."),
            (8, 32086, VmId, now.AddSeconds(-10), "Hyper-V suspended replication for virtual machine sql01 due to a non-recoverable failure."));
        // The server becomes unreachable the moment it has handed out the resume: the agent holds an undelivered result.
        proxy.CutAfter = answer => answer.Contains("\"ResumeReplication\"", StringComparison.Ordinal);

        string commandId;
        using (var first = AgentProcess.Start(setup.ConfigFile))
        {
            var pending = await WaitForAsync(() => PendingResults(setup).FirstOrDefault(), first);
            commandId = pending!;
            await WaitForAsync(() => proxy.Exchanges.Count(e => e.Status is null) >= 3 ? "down" : null, first);
            await server.StopAsync();
            first.Kill9();
        }

        PendingResults(setup).ShouldBe([commandId], "the result is on disk when the process dies");
        var beforeKill = proxy.Exchanges.Select(e => e.Sequence).ToList();
        await server.RestartAsync();
        proxy.Cut = false;
        proxy.CutAfter = null;

        using (var second = AgentProcess.Start(setup.ConfigFile))
        {
            await WaitForAsync(() => proxy.Exchanges.FirstOrDefault(e => e.Status == 202 && e.AnsweredCommands.Contains(commandId)), second);
            await WaitForAsync(() => PendingResults(setup).Count == 0 ? "delivered" : null, second);
        }

        var sequences = proxy.Exchanges.Select(e => e.Sequence).ToList();
        sequences.ShouldBe(sequences.Order().ToList(), "every heartbeat, before and after the kill, carries a larger number");
        sequences.Distinct().Count().ShouldBe(sequences.Count);
        sequences.Count.ShouldBeGreaterThan(beforeKill.Count);
        proxy.Exchanges.Select(e => e.Epoch).Distinct().ShouldHaveSingleItem().ShouldNotBeNull();
        proxy.Exchanges.Where(e => e.Status == 202).SelectMany(e => e.AnsweredCommands).ShouldBe([commandId], "answered once, never run twice");
        var vm = await server.WaitForAsync($"/api/appliances/{LocalServer.ApplianceId}/vms/{VmId}", v => v["replicationState"]?.GetValue<string>() == "Replicating");
        vm["name"]!.GetValue<string>().ShouldBe("sql01");
    }

    private static List<string> PendingResults(AgentSetup setup)
    {
        var path = Path.Combine(setup.StateDirectory, Spool.FileName);
        if (!File.Exists(path))
        {
            return [];
        }

        var spool = JsonNode.Parse(File.ReadAllText(path))!;
        return [.. spool["commandResults"]!.AsArray().Select(r => r!["commandId"]!.GetValue<string>())];
    }

    private static async Task<T> WaitForAsync<T>(Func<T?> probe, AgentProcess agent)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                if (probe() is { } value)
                {
                    return value;
                }
            }
            catch (IOException)
            {
                // The spool is being replaced; read it again.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The agent did not get there. Its output:\n" + agent.Output);
            }

            await Task.Delay(100);
        }
    }
}
