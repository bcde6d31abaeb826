using ReplOrchestrator.Domain.Cycles;
using static ReplOrchestrator.Domain.Cycles.CyclePhase;

namespace ReplOrchestrator.Domain.Tests.Cycles;

public sealed class CyclePhasesTests
{
    [Theory]
    [InlineData(Snapshot, Snapshot, PhaseTransition.Unchanged)]
    [InlineData(Snapshot, Upload, PhaseTransition.Advance)]
    [InlineData(Upload, DisposeArtefacts, PhaseTransition.Advance)]
    [InlineData(DisposeArtefacts, Completed, PhaseTransition.Advance)]
    [InlineData(Snapshot, Completed, PhaseTransition.Advance)]
    [InlineData(Upload, Failed, PhaseTransition.Advance)]
    [InlineData(Snapshot, Failed, PhaseTransition.Advance)]
    [InlineData(Upload, Snapshot, PhaseTransition.Illegal)]
    [InlineData(DisposeArtefacts, Upload, PhaseTransition.Illegal)]
    [InlineData(Completed, Failed, PhaseTransition.Illegal)]
    [InlineData(Failed, Upload, PhaseTransition.Illegal)]
    [InlineData(Completed, Completed, PhaseTransition.Unchanged)]
    public void Transition_ClassifiesTheMove(CyclePhase from, CyclePhase to, PhaseTransition expected) =>
        CyclePhases.Transition(from, to).ShouldBe(expected);

    [Fact]
    public void Skipped_ForwardOverPhases_ListsThemInOrder() =>
        CyclePhases.Skipped(Snapshot, Completed).ShouldBe([Upload, DisposeArtefacts]);

    [Theory]
    [InlineData(Snapshot, Upload)]
    [InlineData(Upload, Failed)]
    [InlineData(Upload, Snapshot)]
    public void Skipped_NoPhasePassedOver_IsEmpty(CyclePhase from, CyclePhase to) =>
        CyclePhases.Skipped(from, to).ShouldBeEmpty();

    [Theory]
    [InlineData(Completed, true)]
    [InlineData(Failed, true)]
    [InlineData(DisposeArtefacts, false)]
    public void IsTerminal_OnlyFinishedPhases(CyclePhase phase, bool expected) => phase.IsTerminal().ShouldBe(expected);
}
