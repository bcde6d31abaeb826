using System.Net;
using System.Net.Http.Headers;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using ReplOrchestrator.Api.Arm;
using ReplOrchestrator.Local.Simulation.Arm;

namespace ReplOrchestrator.Local.Tests.Simulation.Arm;

/// <summary>The ARM stand-in answers as ARM does, and only a client that trusts its own certificate can talk to it.</summary>
public sealed class ArmStandInTests : IAsyncLifetime
{
    private const string VaultId = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.RecoveryServices/vaults/vault-a";
    private ArmStandIn _arm = null!;

    public async Task InitializeAsync() => _arm = await ArmStandIn.StartAsync();

    public async Task DisposeAsync() => await _arm.DisposeAsync();

    [Theory]
    [InlineData(null, "?api-version=2025-08-01", HttpStatusCode.Unauthorized, "AuthenticationFailed")]
    [InlineData("someone-elses-token", "?api-version=2025-08-01", HttpStatusCode.Unauthorized, "AuthenticationFailed")]
    [InlineData(ArmStandIn.Token, "", HttpStatusCode.BadRequest, "InvalidResourceType")]
    public async Task List_WithoutItsTokenOrAnApiVersion_IsRefusedWithArmsErrorBody(string? token, string query, HttpStatusCode expected, string code)
    {
        _arm.SetItems(VaultId, new MigrationItemJson("item-1", "vm1").ToJson(VaultId));
        using var http = Trusting(_arm.Certificate);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_arm.Endpoint, VaultId.TrimStart('/') + "/replicationMigrationItems" + query));
        request.Headers.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);

        using var response = await http.SendAsync(request);

        response.StatusCode.ShouldBe(expected);
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["code"]!.GetValue<string>().ShouldBe(code);
    }

    [Fact]
    public async Task Handler_TrustingAnotherStandIn_RefusesThisOnesCertificate()
    {
        await using var other = await ArmStandIn.StartAsync();
        using var http = Trusting(other.Certificate);

        var refused = await Should.ThrowAsync<HttpRequestException>(() => http.GetAsync(new Uri(_arm.Endpoint, "subscriptions")));

        refused.InnerException.ShouldBeOfType<AuthenticationException>();
        _arm.ListRequests(VaultId).ShouldBe(0);
    }

    [Fact]
    public async Task ServedVault_ListsWhatItHoldsAtEachRead_InPagesLinkedByNextLink()
    {
        var shown = 1;
        _arm.Serve(VaultId, () => [.. Enumerable.Range(1, shown).Select(i => new MigrationItemJson($"item-{i}", $"vm{i}").ToJson(VaultId))]);
        var reader = new ArmVaultReader(_arm.Client(new ArmOptions { Endpoint = _arm.Endpoint, Audience = ArmStandIn.Audience }));

        var first = await reader.ListMigrationItemsAsync(Vault(), CancellationToken.None);
        shown = 3;
        var second = await reader.ListMigrationItemsAsync(Vault(), CancellationToken.None);

        first.Items.Select(i => i.GetProperty("name").GetString()).ShouldBe(["item-1"]);
        second.Items.Select(i => i.GetProperty("name").GetString()).ShouldBe(["item-1", "item-2", "item-3"]);
        _arm.ListRequests(VaultId).ShouldBe(3);
    }

    private static HttpClient Trusting(X509Certificate2 certificate) =>
        new(StandInCertificate.TrustingOnly(certificate));

    private static ArmVault Vault() => ArmVault.TryParse(VaultId, out var vault, out _) ? vault! : throw new InvalidOperationException();
}
