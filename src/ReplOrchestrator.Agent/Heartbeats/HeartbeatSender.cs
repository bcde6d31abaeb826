using System.Net.Http.Headers;
using ReplOrchestrator.Agent.Security;
using ReplOrchestrator.Domain.Heartbeats.Answers;

namespace ReplOrchestrator.Agent.Heartbeats;

/// <summary>
/// <c>POST {serverUrl}/api/heartbeats</c> with the key in <c>x-appliance-key</c>; every network or server failure is
/// an outcome, never an exception, and no outcome text holds the key.
/// </summary>
internal sealed class HeartbeatSender(HttpClient client, Uri serverUrl, ApplianceKey key)
{
    /// <summary>The header the key travels in.</summary>
    public const string KeyHeader = "x-appliance-key";

    /// <summary>The heartbeat endpoint; a server URL with a path keeps it.</summary>
    public Uri Endpoint { get; } = new(serverUrl.AbsoluteUri.EndsWith('/') ? serverUrl : new Uri(serverUrl.AbsoluteUri + "/"), "api/heartbeats");

    /// <summary>Sends one <c>repl-heartbeat/v1</c> body.</summary>
    public async Task<HeartbeatOutcome> SendAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = new ReadOnlyMemoryContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        // Without validation: a rejected value would be quoted in the exception, and the value is a secret.
        request.Headers.TryAddWithoutValidation(KeyHeader, key.Reveal());
        try
        {
            using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return HeartbeatOutcome.FromAnswer((int)response.StatusCode, text, response.ReasonPhrase);
        }
        catch (HttpRequestException e)
        {
            return HeartbeatOutcome.Failed(e.InnerException is { } inner ? $"{e.HttpRequestError}: {inner.Message}" : e.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HeartbeatOutcome.Failed($"no answer within {client.Timeout.TotalSeconds:0.#} s");
        }
    }
}
