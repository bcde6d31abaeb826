using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Azure.Core;
using Azure.Core.Pipeline;

namespace ReplOrchestrator.TestUtilities.Arm;

/// <summary>
/// Azure Resource Manager's <c>replicationMigrationItems</c> and <c>replicationEvents</c> lists on a loopback HTTPS
/// port, answering as the REST reference documents them: bearer token required, pages of <see cref="PageSize"/>
/// entries linked by <c>nextLink</c>, events filtered by <c>$filter=startTime eq '…'</c> (<c>EventQueryParameter</c>),
/// 404 for a vault it does not hold, and one-off answers (429 with <c>Retry-After</c>, 403) a test queues.
/// </summary>
public sealed partial class ArmStandIn : IAsyncDisposable
{
    /// <summary>The only token it accepts.</summary>
    public const string Token = "arm-stand-in-token";

    private const string ItemsList = "/replicationMigrationItems";
    private const string EventsList = "/replicationEvents";
    private readonly ConcurrentDictionary<string, JsonObject[]> _vaults = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<JsonObject>> _events = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<CannedResponse>> _once = new(StringComparer.OrdinalIgnoreCase);
    private LoopbackHttpServer _server = null!;

    private ArmStandIn(X509Certificate2 certificate) => Certificate = certificate;

    /// <summary>The throw-away certificate it serves.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>Its base address, to set as the ARM endpoint.</summary>
    public Uri Endpoint => _server.BaseAddress;

    /// <summary>Every request received, in arrival order.</summary>
    public IReadOnlyCollection<RecordedRequest> Requests => _server.Requests;

    /// <summary>Entries per page, of either list.</summary>
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

    /// <summary>The vault records <paramref name="events"/> (see <see cref="ReplicationEventJson"/>) besides those it has.</summary>
    public void AddEvents(string vaultId, params JsonObject[] events)
    {
        var recorded = _events.GetOrAdd(vaultId, _ => new ConcurrentQueue<JsonObject>());
        foreach (var e in events)
        {
            recorded.Enqueue(e);
        }
    }

    /// <summary>The vault is gone: lists answer 404.</summary>
    public void RemoveVault(string vaultId) => _vaults.TryRemove(vaultId, out _);

    /// <summary>The next item list requests for the vault get these answers, one each, before it answers normally again.</summary>
    public void AnswerNext(string vaultId, params CannedResponse[] answers) => Queue(vaultId + ItemsList, answers);

    /// <summary>The next event list requests for the vault get these answers, one each, before it answers normally again.</summary>
    public void AnswerNextEvents(string vaultId, params CannedResponse[] answers) => Queue(vaultId + EventsList, answers);

    /// <summary>A transport that trusts its certificate, for the ArmClient under test.</summary>
    public HttpPipelineTransport Transport() => new HttpClientTransport(LoopbackCertificate.TrustingHandler(Certificate));

    /// <summary>How many item list requests reached the vault.</summary>
    public int ListRequests(string vaultId) => Requests.Count(r => r.Path.Equals(vaultId + ItemsList, StringComparison.OrdinalIgnoreCase));

    /// <summary>The event list requests that reached the vault, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> EventRequests(string vaultId) => [.. Requests.Where(r => r.Path.Equals(vaultId + EventsList, StringComparison.OrdinalIgnoreCase))];

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        Certificate.Dispose();
    }

    /// <summary>An ARM error body.</summary>
    public static CannedResponse Error(int status, string code, string message) =>
        new(status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }.ToJsonString());

    private void Queue(string list, CannedResponse[] answers)
    {
        var queue = _once.GetOrAdd(list, _ => new ConcurrentQueue<CannedResponse>());
        foreach (var answer in answers)
        {
            queue.Enqueue(answer);
        }
    }

    private CannedResponse Answer(RecordedRequest request)
    {
        if (!request.Headers.TryGetValue("Authorization", out var authorization) || authorization != $"Bearer {Token}")
        {
            return Error(401, "AuthenticationFailed", "Authentication failed.");
        }

        var list = new[] { ItemsList, EventsList }.FirstOrDefault(l => request.Path.EndsWith(l, StringComparison.OrdinalIgnoreCase));
        if (list is null || request.QueryValue("api-version") is null)
        {
            return Error(400, "InvalidResourceType", "Only replicationMigrationItems and replicationEvents lists are served here.");
        }

        var vaultId = request.Path[..^list.Length];
        if (_once.TryGetValue(request.Path, out var queue) && queue.TryDequeue(out var once))
        {
            return once;
        }

        if (!_vaults.TryGetValue(vaultId, out var items))
        {
            return Error(404, "ResourceNotFound", $"The Resource 'Microsoft.RecoveryServices/vaults/{vaultId.Split('/')[^1]}' was not found.");
        }

        if (list == ItemsList)
        {
            return Page(request, items);
        }

        var filter = request.QueryValue("$filter");
        if (filter is null)
        {
            return Page(request, [.. _events.GetValueOrDefault(vaultId) ?? []]);
        }

        if (StartTimeFilter().Match(filter) is not { Success: true } match
            || !DateTimeOffset.TryParse(match.Groups["at"].Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since))
        {
            return Error(400, "BadRequest", $"The OData filter '{filter}' is not valid for EventQueryParameter.");
        }

        return Page(request, [.. (_events.GetValueOrDefault(vaultId) ?? []).Where(e => OccurredAt(e) >= since)]);
    }

    private CannedResponse Page(RecordedRequest request, JsonObject[] entries)
    {
        var skip = int.TryParse(request.QueryValue("$skipToken"), out var s) ? s : 0;
        var page = new JsonObject { ["value"] = new JsonArray([.. entries.Skip(skip).Take(PageSize).Select(i => (JsonNode)i.DeepClone())]) };
        if (skip + PageSize < entries.Length)
        {
            var filter = request.QueryValue("$filter") is { } f ? "&$filter=" + Uri.EscapeDataString(f) : string.Empty;
            page["nextLink"] = $"{Endpoint.ToString().TrimEnd('/')}{request.Path}?api-version={request.QueryValue("api-version")}{filter}&$skipToken={skip + PageSize}";
        }

        return new CannedResponse(200, page.ToJsonString());
    }

    private static DateTimeOffset OccurredAt(JsonObject e) =>
        DateTimeOffset.Parse(e["properties"]!["timeOfOccurrence"]!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    [GeneratedRegex(@"^\s*startTime\s+eq\s+'(?<at>[^']+)'\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex StartTimeFilter();
}
