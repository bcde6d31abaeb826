using ReplOrchestrator.Agent.Storage;
using ReplOrchestrator.TestUtilities;

namespace ReplOrchestrator.Agent.Tests.Storage;

/// <summary>Sequence numbers keep growing across restarts; a lost file starts a new epoch instead of repeating numbers.</summary>
public sealed class SequenceStoreTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    [Fact]
    public void Next_AfterAReopen_ContinuesInTheSameEpoch()
    {
        var first = new SequenceStore(_folder.Path);
        (first.Next(), first.Next()).ShouldBe((1L, 2L));

        var second = new SequenceStore(_folder.Path);

        second.Epoch.ShouldBe(first.Epoch);
        second.Next().ShouldBe(3);
        File.Exists(Path.Combine(_folder.Path, SequenceStore.FileName + ".tmp")).ShouldBeFalse();
    }

    [Fact]
    public void Next_AfterTheFileIsDamaged_StartsANewEpoch()
    {
        var first = new SequenceStore(_folder.Path);
        first.Next();
        File.WriteAllText(Path.Combine(_folder.Path, SequenceStore.FileName), "{ torn");

        var second = new SequenceStore(_folder.Path);

        second.Epoch.ShouldNotBe(first.Epoch);
        second.Next().ShouldBe(1);
    }

    public void Dispose() => _folder.Dispose();
}
