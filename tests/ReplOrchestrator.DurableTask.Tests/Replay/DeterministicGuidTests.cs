using ReplOrchestrator.DurableTask.Replay;
using ReplOrchestrator.DurableTask.Tests.Support;

namespace ReplOrchestrator.DurableTask.Tests.Replay;

public sealed class DeterministicGuidTests
{
    [Fact]
    public void Create_RfcDnsNamespaceExample_MatchesTheKnownVersion5Uuid()
    {
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        DeterministicGuid.Create(dns, "www.example.com").ShouldBe(new Guid("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
    }

    [Fact]
    public void Create_LongName_IsStillAVersion5Uuid()
    {
        var guid = DeterministicGuid.Create(DeterministicGuid.OrchestrationNamespace, new string('x', 4096)).ToString();

        guid[14].ShouldBe('5');
        "89ab".ShouldContain(guid[19]);
    }

    [Fact]
    public void NewGuid_SameHistory_GivesTheSameSequenceOfDistinctGuids()
    {
        var replayer = Replayer.For<string?, Guid[]>("Ids", (context, _) => Task.FromResult(new[] { context.NewGuid(), context.NewGuid() }));

        var first = replayer.Run(HistoryBuilder.Start("Ids")).Output<Guid[]>()!;
        var again = replayer.Run(HistoryBuilder.Start("Ids")).Output<Guid[]>()!;

        first.ShouldBe(again);
        first[0].ShouldNotBe(first[1]);
    }

    [Fact]
    public void NewGuid_NameFollowsTheDocumentedRule_InstanceTimeAndCounter()
    {
        var replayer = Replayer.For<string?, Guid>("Ids", (context, _) => Task.FromResult(context.NewGuid()));
        var expected = DeterministicGuid.Create(DeterministicGuid.OrchestrationNamespace, $"{HistoryBuilder.InstanceId}_2026-11-22T04:00:00.0000000Z_0");

        replayer.Run(HistoryBuilder.Start("Ids")).Output<Guid>().ShouldBe(expected);
    }
}
