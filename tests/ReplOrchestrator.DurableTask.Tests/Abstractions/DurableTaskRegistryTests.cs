using ReplOrchestrator.DurableTask.Abstractions;

namespace ReplOrchestrator.DurableTask.Tests.Abstractions;

public sealed class DurableTaskRegistryTests
{
    [Fact]
    public void AddOrchestrator_ClassWithFactory_InfersItsTypesAndIsFoundInAnyCase()
    {
        var registry = new DurableTaskRegistry().AddOrchestrator("ReplicationCycle", () => new Cycle());

        registry.ContainsOrchestrator("replicationcycle").ShouldBeTrue();
        registry.OrchestratorNames.ShouldBe(["ReplicationCycle"]);
        registry.ContainsActivity("ReplicationCycle").ShouldBeFalse();
    }

    [Fact]
    public void AddActivity_ClassWithFactory_InfersItsTypesAndIsFoundInAnyCase()
    {
        var registry = new DurableTaskRegistry().AddActivity("ProbeDns", () => new Probe("8.8.8.8"));

        registry.ContainsActivity("PROBEDNS").ShouldBeTrue();
        registry.ActivityNames.ShouldBe(["ProbeDns"]);
    }

    [Fact]
    public void Add_NameTakenInAnotherCase_Throws()
    {
        var registry = new DurableTaskRegistry().AddActivity<string, string>("Probe", (_, s) => Task.FromResult(s));

        Should.Throw<ArgumentException>(() => registry.AddActivity<string, string>("PROBE", (_, s) => Task.FromResult(s)))
            .Message.ShouldContain("already registered");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Add_BlankName_Throws(string name)
    {
        Should.Throw<ArgumentException>(() => new DurableTaskRegistry().AddOrchestrator<int, int>(name, (_, n) => Task.FromResult(n)));
    }

    private sealed class Cycle : IOrchestrator<string, int>
    {
        public Task<int> RunAsync(OrchestrationContext context, string input) => Task.FromResult(input.Length);
    }

    private sealed class Probe(string server) : IActivity<string, bool>
    {
        public Task<bool> RunAsync(ActivityContext context, string input) => Task.FromResult(server.Length > 0 && input.Length > 0);
    }
}
