using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Azure.Core;
using Azure.Core.Pipeline;

namespace ReplOrchestrator.TestUtilities.Arm;

/// <summary>
/// Azure Resource Manager's <c>replicationMigrationItems</c> list on a loopback HTTPS port, answering as the REST
/// reference documents it: bearer token required, pages of <see cref="PageSize"/> items linked by <c>nextLink</c>, 404
/// for a vault it does not hold, and one-off answers (429 with <c>Retry-After</c>, 403) a test queues.
/// </summary>
public sealed class ArmStandIn : IAsyncDisposable
{
    /// <summary>The only token it accepts.</summary>
    public const string Token = "arm-stand-in-token";

    private readonly ConcurrentDictionary<string, JsonObject[]> _vaults = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<CannedResponse>> _once = new(StringComparer.OrdinalIgnoreCase);
    private LoopbackHttpServer _server = null!;

    private ArmStandIn(X509Certificate2 certificate) => Certificate = certificate;

    /// <summary>The throw-away certificate it serves.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>Its base address, to set as the ARM endpoint.</summary>
    public Uri Endpoint => _server.BaseAddress;

    /// <summary>Every request received, in arrival order.</summary>
    public IReadOnlyCollection<RecordedRequest> Requests => _server.Requests;

    /// <summary>Items per page.</summary>
    public int PageSize { get; set; } = 2;

    /// <summary>A credential with the token it accepts.</summary>
    public static TokenCredential Credential { get; } = new StaticTokenCredential(Token);

    /// <summary>Starts it.</summary>
    public static async Task<ArmStandIn> StartAsync()
    {
        var standIn = new ArmStandIn(LoopbackCertificate.Create());
        standIn._server = await LoopbackHttpServer.StartAsync(standIn.Answer, standIn.Certificate);
        return standIn;
    }

    /// <summary>The vault <paramref name="vaultId"/> now holds exactly <paramref name="items"/>.</summary>
    public void SetItems(string vaultId, params JsonObject[] items) => _vaults[vaultId] = items;

    /// <summary>The vault is gone: lists answer 404.</summary>
    public void RemoveVault(string vaultId) => _vaults.TryRemove(vaultId, out _);

    /// <summary>The next requests for the vault get these answers, one each, before it answers normally again.</summary>
    public void AnswerNext(string vaultId, params CannedResponse[] answers)
    {
        var queue = _once.GetOrAdd(vaultId, _ => new ConcurrentQueue<CannedResponse>());
        foreach (var answer in answers)
        {
            queue.Enqueue(answer);
        }
    }

    /// <summary>A transport that trusts its certificate, for the ArmClient under test.</summary>
    public HttpPipelineTransport Transport() => new HttpClientTransport(LoopbackCertificate.TrustingHandler(Certificate));

    /// <summary>How many list requests reached the vault.</summary>
    public int ListRequests(string vaultId) => Requests.Count(r => r.Path.StartsWith(vaultId + "/replicationMigrationItems", StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        Certificate.Dispose();
    }

    /// <summary>An ARM error body.</summary>
    public static CannedResponse Error(int status, string code, string message) =>
        new(status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }.ToJsonString());

    private CannedResponse Answer(RecordedRequest request)
    {
        if (!request.Headers.TryGetValue("Authorization", out var authorization) || authorization != $"Bearer {Token}")
        {
            return Error(401, "AuthenticationFailed", "Authentication failed.");
        }

        const string suffix = "/replicationMigrationItems";
        if (!request.Path.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) || request.QueryValue("api-version") is null)
        {
            return Error(400, "InvalidResourceType", "Only replicationMigrationItems lists are served here.");
        }

        var vaultId = request.Path[..^suffix.Length];
        if (_once.TryGetValue(vaultId, out var queue) && queue.TryDequeue(out var once))
        {
            return once;
        }

        if (!_vaults.TryGetValue(vaultId, out var items))
        {
            return Error(404, "ResourceNotFound", $"The Resource 'Microsoft.RecoveryServices/vaults/{vaultId.Split('/')[^1]}' was not found.");
        }

        var skip = int.TryParse(request.QueryValue("$skipToken"), out var s) ? s : 0;
        var page = new JsonObject { ["value"] = new JsonArray([.. items.Skip(skip).Take(PageSize).Select(i => (JsonNode)i.DeepClone())]) };
        if (skip + PageSize < items.Length)
        {
            page["nextLink"] = $"{Endpoint.ToString().TrimEnd('/')}{request.Path}?api-version={request.QueryValue("api-version")}&$skipToken={skip + PageSize}";
        }

        return new CannedResponse(200, page.ToJsonString());
    }
}
