using ReplOrchestrator.Domain.Alerts;
using static ReplOrchestrator.Domain.Tests.Properties;

namespace ReplOrchestrator.Domain.Tests.Alerts;

public sealed class AlertIdsTests
{
    private static readonly AlertKey s_key = AlertKey.Create("appl-contoso-01", "vm-sql01", "DiskUploadTimedOut");

    [Fact]
    public void For_SameKeyAndStart_IsTheSameId() => AlertIds.For(s_key, Epoch).ShouldBe(AlertIds.For(s_key, Epoch));

    [Fact]
    public void For_LaterEpisodeOrOtherKey_IsAnotherId()
    {
        AlertIds.For(s_key, Epoch.AddSeconds(1)).ShouldNotBe(AlertIds.For(s_key, Epoch));
        AlertIds.For(s_key with { Code = "SnapshotHung" }, Epoch).ShouldNotBe(AlertIds.For(s_key, Epoch));
    }

    [Fact]
    public void For_IsAVersion8Uuid()
    {
        var id = AlertIds.For(s_key, Epoch);

        Guid.TryParseExact(id, "D", out _).ShouldBeTrue();
        id[14].ShouldBe('8');
        "89ab".ShouldContain(id[19]);
    }
}
