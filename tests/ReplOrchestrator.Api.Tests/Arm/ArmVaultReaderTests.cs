using System.Diagnostics;
using System.Text.Json.Nodes;
using Azure;
using ReplOrchestrator.Api.Arm;
using ReplOrchestrator.Local.Simulation.Arm;
using ReplOrchestrator.TestUtilities;

namespace ReplOrchestrator.Api.Tests.Arm;

/// <summary>Azure.ResourceManager's real ArmClient against the ARM stand-in over TLS, its endpoint set through ArmEnvironment.</summary>
public sealed class ArmVaultReaderTests : IAsyncLifetime
{
    private const string VaultId = StandInVault.Id;
    private ArmStandIn _arm = null!;

    public async Task InitializeAsync() => _arm = await ArmStandIn.StartAsync();

    public async Task DisposeAsync() => await _arm.DisposeAsync();

    [Fact]
    public async Task ListMigrationItems_SeveralPages_FollowsNextLinkWithTheBearerTokenAndApiVersion()
    {
        _arm.SetItems(VaultId, [.. Enumerable.Range(1, 5).Select(i => new MigrationItemJson($"item-{i}", $"vm{i}").ToJson(VaultId))]);

        var read = await Reader().ListMigrationItemsAsync(Vault(), CancellationToken.None);

        read.IsRead.ShouldBeTrue();
        read.Items.Select(i => i.GetProperty("name").GetString()).ShouldBe(["item-1", "item-2", "item-3", "item-4", "item-5"]);
        _arm.ListRequests(VaultId).ShouldBe(3);
        _arm.Requests.ShouldAllBe(r => r.Authorization == $"Bearer {ArmStandIn.Token}" && r.QueryValue("api-version") == "2025-08-01");
    }

    [Fact]
    public async Task ListMigrationItems_EmptyVault_ReadsNoItems()
    {
        _arm.SetItems(VaultId);

        var read = await Reader().ListMigrationItemsAsync(Vault(), CancellationToken.None);

        read.IsRead.ShouldBeTrue();
        read.Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task ListMigrationItems_Throttled_WaitsRetryAfterThenReads()
    {
        _arm.SetItems(VaultId, new MigrationItemJson("item-1", "vm1").ToJson(VaultId));
        _arm.AnswerNext(VaultId, ArmAnswer.Error(429, "TooManyRequests", "Number of read requests exceeded the limit.") with { RetryAfter = TimeSpan.FromSeconds(2) });
        var watch = Stopwatch.StartNew();

        var read = await Reader().ListMigrationItemsAsync(Vault(), CancellationToken.None);

        read.Items.Count.ShouldBe(1);
        _arm.ListRequests(VaultId).ShouldBe(2);
        watch.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1.9));
    }

    [Theory]
    [InlineData(403, true, false)]
    [InlineData(401, true, false)]
    [InlineData(404, false, true)]
    public async Task ListMigrationItems_RefusedOrGone_SaysWhichWithoutThrowing(int status, bool denied, bool gone)
    {
        if (status == 404)
        {
            _arm.RemoveVault(VaultId);
        }
        else
        {
            _arm.SetItems(VaultId);
            _arm.AnswerNext(VaultId, ArmAnswer.Error(status, "AuthorizationFailed", "The client does not have authorization to perform action 'Microsoft.RecoveryServices/vaults/replicationMigrationItems/read'."));
        }

        var read = await Reader().ListMigrationItemsAsync(Vault(), CancellationToken.None);

        (read.IsDenied, read.IsGone, read.Items.Count).ShouldBe((denied, gone, 0));
    }

    [Fact]
    public async Task ListMigrationItems_NextLinkToAnotherHost_IsNotFollowed_SoTheTokenStaysWithResourceManager()
    {
        await using var elsewhere = await LoopbackHttpServer.StartAsync(_ => new CannedResponse(200, "{\"value\":[]}"), _arm.Certificate);
        _arm.SetItems(VaultId);
        var page = new JsonObject { ["value"] = new JsonArray(), ["nextLink"] = new Uri(elsewhere.BaseAddress, VaultId + "/replicationMigrationItems?api-version=2025-08-01&$skiptoken=2").ToString() };
        _arm.AnswerNext(VaultId, new ArmAnswer(200, page.ToJsonString()));

        var error = await Should.ThrowAsync<RequestFailedException>(() => Reader().ListMigrationItemsAsync(Vault(), CancellationToken.None));

        error.Message.ShouldStartWith("Resource Manager's nextLink leads away from 127.0.0.1");
        elsewhere.Requests.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("{\"value\":[],\"nextLink\":\"SELF\"}", "repeats a page already read")]
    [InlineData("<html>gateway timeout</html>", "not JSON")]
    public async Task ListMigrationItems_PageThatCannotBeFollowed_FailsTheReadInsteadOfLoopingOrEscaping(string body, string says)
    {
        _arm.SetItems(VaultId);
        var self = new Uri(_arm.Endpoint, VaultId + "/replicationMigrationItems?api-version=2025-08-01").ToString();
        _arm.AnswerNext(VaultId, new ArmAnswer(200, body.Replace("SELF", self, StringComparison.Ordinal)));

        var error = await Should.ThrowAsync<RequestFailedException>(() => Reader().ListMigrationItemsAsync(Vault(), CancellationToken.None));

        error.Message.ShouldContain(says);
        _arm.ListRequests(VaultId).ShouldBe(1);
    }

    private static ArmVault Vault() => StandInVault.Vault;

    private ArmVaultReader Reader() => StandInVault.Reader(_arm);
}
