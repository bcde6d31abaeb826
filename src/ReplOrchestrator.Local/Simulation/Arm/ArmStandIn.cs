using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Azure.Core.Pipeline;
using Azure.ResourceManager;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReplOrchestrator.Api.Arm;

namespace ReplOrchestrator.Local.Simulation.Arm;

/// <summary>
/// Azure Resource Manager's <c>replicationMigrationItems</c> and <c>replicationEvents</c> lists on a loopback HTTPS
/// port, answering as the REST reference documents them: bearer token required, pages of <see cref="PageSize"/> entries
/// linked by <c>nextLink</c>, events filtered by <c>$filter=startTime eq '…'</c> (<c>EventQueryParameter</c>), 404 for a
/// vault it does not hold, and one-off answers (403 without Reader, 429 with <c>Retry-After</c>, a broken page) when
/// asked. The demo's vault is served from it, and the tests read theirs from it.
/// </summary>
/// <remarks>
/// Its certificate is made at start and trusted only by the clients <see cref="Client"/> makes, so pointing the host's
/// real ArmClient at it takes configuration (<see cref="Settings"/>) and that client, and weakens nothing for Azure.
/// </remarks>
internal sealed partial class ArmStandIn : IAsyncDisposable
{
    /// <summary>The only bearer token it accepts.</summary>
    public const string Token = "arm-stand-in-token";

    /// <summary>The token audience the host is configured with; the stand-in's credential ignores it.</summary>
    public const string Audience = "https://management.core.windows.net/";

    private const string ItemsList = "/replicationMigrationItems";
    private const string EventsList = "/replicationEvents";

    private readonly ConcurrentDictionary<string, Func<IReadOnlyList<JsonObject>>> _vaults = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<JsonObject>> _events = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Func<IReadOnlyList<JsonObject>>> _eventSources = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ArmAnswer>> _once = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<ArmRequest> _requests = new();
    private WebApplication _app = null!;

    private ArmStandIn(X509Certificate2 certificate) => Certificate = certificate;

    /// <summary>The throw-away certificate it serves.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>Its base address, <c>https://127.0.0.1:{port}/</c>: the ARM endpoint to configure.</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>Entries per page, of either list.</summary>
    /// <value>2, so a vault of a few items already takes several pages.</value>
    public int PageSize { get; set; } = 2;

    /// <summary>Every request received, in arrival order.</summary>
    public IReadOnlyCollection<ArmRequest> Requests => _requests;

    /// <summary>The <c>Repl:Arm</c> settings that point a host at it (endpoint and audience); the vaults are the caller's.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        [$"{ArmOptions.Section}:{nameof(ArmOptions.Endpoint)}"] = Endpoint.ToString(),
        [$"{ArmOptions.Section}:{nameof(ArmOptions.Audience)}"] = Audience,
    };

    /// <summary>Starts it on a free loopback port with a new certificate.</summary>
    public static async Task<ArmStandIn> StartAsync(CancellationToken cancellationToken = default)
    {
        var standIn = new ArmStandIn(StandInCertificate.Create());
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(standIn.Certificate)));
        standIn._app = builder.Build();
        standIn._app.Run(standIn.AnswerAsync);
        await standIn._app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = standIn._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        standIn.Endpoint = new Uri(address.TrimEnd('/') + "/");
        return standIn;
    }

    /// <summary>An ArmClient for <paramref name="options"/> (pointed here by <see cref="Settings"/>) with the token it accepts, trusting its certificate only.</summary>
    public ArmClient Client(ArmOptions options) =>
        ArmClients.Create(options, new StaticTokenCredential(Token), new HttpClientTransport(StandInCertificate.TrustingOnly(Certificate)));

    /// <summary>The vault <paramref name="vaultId"/> now holds exactly <paramref name="items"/>.</summary>
    public void SetItems(string vaultId, params JsonObject[] items) => _vaults[vaultId] = () => items;

    /// <summary>The vault <paramref name="vaultId"/> holds what <paramref name="items"/> says at each request: a vault that changes over time.</summary>
    public void Serve(string vaultId, Func<IReadOnlyList<JsonObject>> items) => _vaults[vaultId] = items;

    /// <summary>The vault records <paramref name="events"/> (see <see cref="ReplicationEventJson"/>) besides those it has.</summary>
    public void AddEvents(string vaultId, params JsonObject[] events)
    {
        var recorded = _events.GetOrAdd(vaultId, _ => new ConcurrentQueue<JsonObject>());
        foreach (var e in events)
        {
            recorded.Enqueue(e);
        }
    }

    /// <summary>The vault's events are what <paramref name="events"/> says at each request, besides those added: a vault whose history grows.</summary>
    public void ServeEvents(string vaultId, Func<IReadOnlyList<JsonObject>> events) => _eventSources[vaultId] = events;

    /// <summary>The vault is gone: lists answer 404.</summary>
    public void RemoveVault(string vaultId) => _vaults.TryRemove(vaultId, out _);

    /// <summary>The next item list requests for the vault get these answers, one each, before it answers normally again.</summary>
    public void AnswerNext(string vaultId, params ArmAnswer[] answers) => Queue(vaultId + ItemsList, answers);

    /// <summary>The next event list requests for the vault get these answers, one each, before it answers normally again.</summary>
    public void AnswerNextEvents(string vaultId, params ArmAnswer[] answers) => Queue(vaultId + EventsList, answers);

    /// <summary>How many item list requests for the vault arrived (every page, every refusal).</summary>
    public int ListRequests(string vaultId) => Requests.Count(r => r.Path.Equals(vaultId + ItemsList, StringComparison.OrdinalIgnoreCase));

    /// <summary>The event list requests for the vault, in arrival order.</summary>
    public IReadOnlyList<ArmRequest> EventRequests(string vaultId) => [.. Requests.Where(r => r.Path.Equals(vaultId + EventsList, StringComparison.OrdinalIgnoreCase))];

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync().ConfigureAwait(false);
        Certificate.Dispose();
    }

    private void Queue(string list, ArmAnswer[] answers)
    {
        var queue = _once.GetOrAdd(list, _ => new ConcurrentQueue<ArmAnswer>());
        foreach (var answer in answers)
        {
            queue.Enqueue(answer);
        }
    }

    private Task AnswerAsync(HttpContext context)
    {
        var request = Record(context.Request);
        if (request.Authorization != $"Bearer {Token}")
        {
            return WriteAsync(context, ArmAnswer.Error(401, "AuthenticationFailed", "Authentication failed."));
        }

        var list = new[] { ItemsList, EventsList }.FirstOrDefault(l => request.Path.EndsWith(l, StringComparison.OrdinalIgnoreCase));
        if (list is null || !HttpMethods.IsGet(request.Method) || request.QueryValue("api-version") is null)
        {
            return WriteAsync(context, ArmAnswer.Error(400, "InvalidResourceType", "Only GET of replicationMigrationItems and replicationEvents lists with an api-version is served here."));
        }

        if (_once.TryGetValue(request.Path, out var queue) && queue.TryDequeue(out var once))
        {
            return WriteAsync(context, once);
        }

        var vaultId = request.Path[..^list.Length];
        if (!_vaults.TryGetValue(vaultId, out var items))
        {
            return WriteAsync(context, ArmAnswer.Error(404, "ResourceNotFound", $"The Resource 'Microsoft.RecoveryServices/vaults/{vaultId.Split('/')[^1]}' was not found."));
        }

        if (list == ItemsList)
        {
            return WriteAsync(context, Page(request, items()));
        }

        JsonObject[] events = [.. _events.GetValueOrDefault(vaultId)?.ToArray() ?? [], .. _eventSources.TryGetValue(vaultId, out var source) ? source() : []];
        if (request.QueryValue("$filter") is not { } filter)
        {
            return WriteAsync(context, Page(request, events));
        }

        if (StartTimeFilter().Match(filter) is not { Success: true } match
            || !DateTimeOffset.TryParse(match.Groups["at"].Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since))
        {
            return WriteAsync(context, ArmAnswer.Error(400, "BadRequest", $"The OData filter '{filter}' is not valid for EventQueryParameter."));
        }

        return WriteAsync(context, Page(request, [.. events.Where(e => OccurredAt(e) >= since)]));
    }

    private ArmRequest Record(HttpRequest request)
    {
        var recorded = new ArmRequest(
            request.Method,
            request.Path.Value ?? "/",
            request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal),
            request.Headers.Authorization.Count > 0 ? request.Headers.Authorization.ToString() : null);
        _requests.Enqueue(recorded);
        return recorded;
    }

    private ArmAnswer Page(ArmRequest request, IReadOnlyList<JsonObject> entries)
    {
        var skip = int.TryParse(request.QueryValue("$skipToken"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
        var page = new JsonObject { ["value"] = new JsonArray([.. entries.Skip(skip).Take(PageSize).Select(e => (JsonNode)e.DeepClone())]) };
        if (skip + PageSize < entries.Count)
        {
            var filter = request.QueryValue("$filter") is { } f ? "&$filter=" + Uri.EscapeDataString(f) : string.Empty;
            page["nextLink"] = string.Create(CultureInfo.InvariantCulture,
                $"{Endpoint.ToString().TrimEnd('/')}{request.Path}?api-version={Uri.EscapeDataString(request.QueryValue("api-version")!)}{filter}&$skipToken={skip + PageSize}");
        }

        return new ArmAnswer(200, page.ToJsonString());
    }

    private static Task WriteAsync(HttpContext context, ArmAnswer answer)
    {
        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = answer.ContentType;
        if (answer.RetryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        return context.Response.WriteAsync(answer.Body, context.RequestAborted);
    }

    private static DateTimeOffset OccurredAt(JsonObject e) =>
        DateTimeOffset.Parse(e["properties"]!["timeOfOccurrence"]!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    [GeneratedRegex(@"^\s*startTime\s+eq\s+'(?<at>[^']+)'\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex StartTimeFilter();
}
