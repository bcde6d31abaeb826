using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using ReplOrchestrator.DurableTask.Abstractions;

namespace ReplOrchestrator.Functions.DurableClient;

/// <summary>
/// The durable client port over the Durable extension's HTTP management API
/// (<c>{httpBaseUrl}/instances/…</c>, <c>/orchestrators/…</c>), authorised by the system key the
/// binding's required query string carries. Used when the loopback gRPC endpoint is not available.
/// </summary>
internal sealed class ManagementApiClient(HttpClient http, DurableClientBinding binding) : IDurableClient
{
    private const string ContinuationHeader = "x-ms-continuation-token";
    private readonly Uri _base = binding.HttpBaseUrl ?? throw new ArgumentException("The binding has no httpBaseUrl.", nameof(binding));

    /// <inheritdoc />
    public async Task StartNewAsync(string orchestratorName, string instanceId, string? serializedInput, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Post, $"orchestrators/{Escape(orchestratorName)}/{Escape(instanceId)}", null, serializedInput, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.BadRequest
            && (await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)).Contains("already exists", StringComparison.OrdinalIgnoreCase))
        {
            throw new InstanceAlreadyExistsException(instanceId);
        }

        await EnsureSuccessAsync(response, "start", cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> StartIfAbsentAsync(string orchestratorName, string instanceId, string? serializedInput, CancellationToken cancellationToken = default)
    {
        if (await GetInstanceAsync(instanceId, getInputsAndOutputs: false, cancellationToken).ConfigureAwait(false) is not null)
        {
            return false;
        }

        try
        {
            await StartNewAsync(orchestratorName, instanceId, serializedInput, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (InstanceAlreadyExistsException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public Task RaiseEventAsync(string instanceId, string eventName, string? serializedData, CancellationToken cancellationToken = default) =>
        SendForInstanceAsync(HttpMethod.Post, instanceId, $"raiseEvent/{Escape(eventName)}", null, serializedData ?? "null", cancellationToken);

    /// <inheritdoc />
    public async Task<OrchestrationMetadata?> GetInstanceAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellationToken = default)
    {
        var query = $"showInput={(getInputsAndOutputs ? "true" : "false")}";
        using var response = await SendAsync(HttpMethod.Get, $"instances/{Escape(instanceId)}", query, null, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        await EnsureSuccessAsync(response, "get status", cancellationToken).ConfigureAwait(false);
        using var document = await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
        return ManagementApiStatus.ToMetadata(document.RootElement, getInputsAndOutputs);
    }

    /// <inheritdoc />
    public async Task<OrchestrationQueryResult> QueryInstancesAsync(OrchestrationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = new List<string>
        {
            "top=" + Math.Clamp(query.PageSize, 1, OrchestrationQuery.MaxPageSize).ToString(CultureInfo.InvariantCulture),
            "showInput=" + (query.FetchInputsAndOutputs ? "true" : "false"),
        };
        if (query.InstanceIdPrefix is { Length: > 0 } prefix)
        {
            parameters.Add("instanceIdPrefix=" + Escape(prefix));
        }

        if (query.RuntimeStatuses.Count > 0)
        {
            parameters.Add("runtimeStatus=" + string.Join(',', query.RuntimeStatuses));
        }

        AddTime(parameters, "createdTimeFrom", query.CreatedFrom);
        AddTime(parameters, "createdTimeTo", query.CreatedTo);

        using var request = CreateRequest(HttpMethod.Get, "instances/", string.Join('&', parameters), null);
        if (query.ContinuationToken is { } token)
        {
            request.Headers.TryAddWithoutValidation(ContinuationHeader, token);
        }

        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, "query", cancellationToken).ConfigureAwait(false);
        using var document = await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
        var instances = document.RootElement.EnumerateArray().Select(e => ManagementApiStatus.ToMetadata(e, query.FetchInputsAndOutputs)).ToList();
        var next = response.Headers.TryGetValues(ContinuationHeader, out var values) ? values.FirstOrDefault() : null;
        return new OrchestrationQueryResult(instances, string.IsNullOrEmpty(next) || next == "null" ? null : next);
    }

    /// <inheritdoc />
    public Task TerminateAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default) =>
        SendForInstanceAsync(HttpMethod.Post, instanceId, "terminate", Reason(reason), null, cancellationToken);

    /// <inheritdoc />
    public Task SuspendAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default) =>
        SendForInstanceAsync(HttpMethod.Post, instanceId, "suspend", Reason(reason), null, cancellationToken);

    /// <inheritdoc />
    public Task ResumeAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default) =>
        SendForInstanceAsync(HttpMethod.Post, instanceId, "resume", Reason(reason), null, cancellationToken);

    /// <inheritdoc />
    public async Task<int> PurgeInstanceAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Delete, $"instances/{Escape(instanceId)}", null, null, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return 0;
        }

        await EnsureSuccessAsync(response, "purge", cancellationToken).ConfigureAwait(false);
        return await ReadDeletedCountAsync(response, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<int> PurgeInstancesAsync(PurgeFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        // The management API requires a lower bound; "from the beginning" is the widest one.
        var parameters = new List<string>();
        AddTime(parameters, "createdTimeFrom", filter.CreatedFrom ?? DateTimeOffset.UnixEpoch);
        AddTime(parameters, "createdTimeTo", filter.CreatedTo);
        if (filter.RuntimeStatuses.Count > 0)
        {
            parameters.Add("runtimeStatus=" + string.Join(',', filter.RuntimeStatuses));
        }

        using var response = await SendAsync(HttpMethod.Delete, "instances/", string.Join('&', parameters), null, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return 0;
        }

        await EnsureSuccessAsync(response, "purge", cancellationToken).ConfigureAwait(false);
        return await ReadDeletedCountAsync(response, cancellationToken).ConfigureAwait(false);
    }

    private static string Escape(string segment) => Uri.EscapeDataString(segment);

    private static string? Reason(string? reason) => reason is null ? null : "reason=" + Escape(reason);

    private static void AddTime(List<string> parameters, string name, DateTimeOffset? value)
    {
        if (value is { } at)
        {
            parameters.Add(name + "=" + Escape(at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)));
        }
    }

    private static async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> ReadDeletedCountAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using var document = await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
        return document.RootElement.TryGetProperty("instancesDeleted", out var count) ? count.GetInt32() : 0;
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string operation, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        // The body is the extension's message; the request URI (which holds the system key) is never included.
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        throw new HttpRequestException($"The durable management API refused to {operation}: HTTP {(int)response.StatusCode} {Truncate(body)}", null, response.StatusCode);
    }

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "…";

    private async Task SendForInstanceAsync(HttpMethod method, string instanceId, string action, string? query, string? jsonBody, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(method, $"instances/{Escape(instanceId)}/{action}", query, jsonBody, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            throw new InstanceNotFoundException(instanceId);
        }

        // 410 Gone: the instance already finished; terminating or signalling it changes nothing, as the port promises.
        if (response.StatusCode == HttpStatusCode.Gone)
        {
            return;
        }

        await EnsureSuccessAsync(response, action.Split('/')[0], cancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? query, string? jsonBody, CancellationToken cancellationToken)
    {
        using var request = CreateRequest(method, path, query, jsonBody);
        return await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private HttpRequestMessage CreateRequest(HttpMethod method, string path, string? query, string? jsonBody)
    {
        var parameters = new List<string> { "taskHub=" + Escape(binding.TaskHubName) };
        if (!string.IsNullOrEmpty(binding.ConnectionName))
        {
            parameters.Add("connection=" + Escape(binding.ConnectionName));
        }

        if (!string.IsNullOrEmpty(query))
        {
            parameters.Add(query);
        }

        if (!string.IsNullOrEmpty(binding.RequiredQueryStringParameters))
        {
            parameters.Add(binding.RequiredQueryStringParameters);
        }

        var baseText = _base.AbsoluteUri.TrimEnd('/');
        var request = new HttpRequestMessage(method, new Uri($"{baseText}/{path}?{string.Join('&', parameters)}"));
        if (jsonBody is not null)
        {
            request.Content = new StringContent(jsonBody, Encoding.UTF8, "application/json");
        }

        return request;
    }
}
