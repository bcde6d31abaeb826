using FsCheck;
using FsCheck.Fluent;
using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.DurableTask.Protocol;
using ReplOrchestrator.DurableTask.Replay;
using ReplOrchestrator.DurableTask.Tests.Support;

namespace ReplOrchestrator.DurableTask.Tests.Replay.Properties;

/// <summary>
/// For random programs of the step language, run episode by episode with completions fed back in
/// random order, then replayed from the full history in one go: the replay must find every action
/// it recorded, send nothing again, and finish with the same completion, output and status.
/// </summary>
public sealed class ReplayPropertyTests
{
    private static readonly Gen<string> s_eventNames = Gen.Elements("phase", "Phase", "probe");

    private static readonly Gen<Step> s_step = Gen.OneOf(
        from name in Gen.Elements("Snapshot", "Upload", "Dispose")
        from input in Gen.Choose(0, 100)
        select (Step)new ActivityStep(name, input),
        Gen.Constant<Step>(new FailingActivityStep()),
        Gen.Constant<Step>(new RetryStep()),
        from minutes in Gen.Elements(1, 30, 90, 6_000)
        select (Step)new TimerStep(minutes),
        from name in s_eventNames
        select (Step)new WaitStep(name),
        from name in s_eventNames
        from minutes in Gen.Choose(1, 120)
        select (Step)new RaceStep(name, minutes),
        from name in s_eventNames
        from minutes in Gen.Elements(0, 5, 60)
        select (Step)new TimeoutStep(name, minutes),
        from count in Gen.Choose(1, 4)
        select (Step)new FanOutStep(count),
        from input in Gen.Choose(0, 9)
        select (Step)new FirstOfStep(input),
        Gen.Constant<Step>(new SubOrchestrationStep()),
        from name in Gen.Elements("PhaseUpdate", "Alert")
        select (Step)new SendStep(name),
        from value in Gen.Choose(0, 9)
        select (Step)new StatusStep(value),
        Gen.Constant<Step>(new GuidStep()));

    private static readonly Gen<(Step[] Program, int Seed)> s_scenarios =
        from length in Gen.Choose(1, 10)
        from program in Gen.ArrayOf(s_step, length)
        from seed in Gen.Choose(0, int.MaxValue)
        select (program, seed);

    [Fact]
    public void Replay_RandomProgramsRunEpisodeByEpisode_ReplayIdenticallyFromTheFullHistory()
    {
        Prop.ForAll(s_scenarios.ToArbitrary(), scenario => Check(scenario.Program, scenario.Seed)).QuickCheckThrowOnFailure();
    }

    private static void Check(Step[] program, int seed)
    {
        var registry = new DurableTaskRegistry().AddOrchestrator<string?, string[]>("Program", async (context, _) =>
        {
            var output = new List<string>();
            for (var i = 0; i < program.Length; i++)
            {
                output.Add(await program[i].RunAsync(context, i));
            }

            return [.. output];
        });
        var runner = new OrchestrationRunner(registry);
        var engine = new SimulatedEngine(runner, seed, program.Select(step => step.AwaitedEvent).OfType<string>());

        engine.RunToCompletion("Program");

        var completion = engine.Completion!.CompleteOrchestration;
        completion.OrchestrationStatus.ShouldBe(OrchestrationStatus.Completed, completion.FailureDetails?.ErrorMessage);
        DurableJson.Deserialize<string[]>(completion.Result)!.Length.ShouldBe(program.Length);

        var replayed = Replay(runner, engine.History);
        replayed.Actions.ShouldHaveSingleItem().ShouldBe(engine.Completion, "the full history replays to the same completion and output");
        replayed.CustomStatus.ShouldBe(engine.LastResponse!.CustomStatus);

        foreach (var end in engine.EpisodeEnds.Take(engine.EpisodeEnds.Count - 1))
        {
            Replay(runner, engine.History.Take(end)).Actions.ShouldBeEmpty($"replaying the first {end} events must find every action recorded");
        }
    }

    private static OrchestratorResponse Replay(OrchestrationRunner runner, IEnumerable<HistoryEvent> past) =>
        runner.Run(new OrchestratorRequest { InstanceId = HistoryBuilder.InstanceId, PastEvents = { past } });
}
