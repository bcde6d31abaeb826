using System.Net.Http.Headers;
using ReplOrchestrator.Domain.Heartbeats.Answers;

namespace ReplOrchestrator.Local.Simulation.Transport;

/// <summary>
/// Sends heartbeats as the contract says: <c>POST {target}/api/heartbeats</c> with
/// <c>Content-Type: application/json</c> and the appliance's key in <c>x-appliance-key</c>.
/// </summary>
/// <remarks>
/// Thread-safe; one instance serves a whole fleet over the given <see cref="HttpClient"/>, whose
/// <see cref="HttpClient.Timeout"/> bounds each heartbeat. Error texts never hold the key.
/// </remarks>
internal sealed class HttpHeartbeatTransport(HttpClient client, Uri target) : IHeartbeatTransport
{
    /// <summary>The header the key travels in.</summary>
    public const string KeyHeader = "x-appliance-key";

    /// <summary>The heartbeat endpoint under the target (a target with a path keeps it: <c>https://host/base/api/heartbeats</c>).</summary>
    public Uri Endpoint { get; } = new(target.AbsoluteUri.EndsWith('/') ? target : new Uri(target.AbsoluteUri + "/"), "api/heartbeats");

    /// <inheritdoc/>
    public async Task<HeartbeatOutcome> SendAsync(ApplianceCredential credential, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = new ReadOnlyMemoryContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        // Without validation: a rejected value would be quoted in the exception, and the value is a secret.
        request.Headers.TryAddWithoutValidation(KeyHeader, credential.Key);
        try
        {
            using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return HeartbeatOutcome.FromAnswer((int)response.StatusCode, text, response.ReasonPhrase);
        }
        catch (HttpRequestException e)
        {
            return HeartbeatOutcome.Failed(Describe(e));
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HeartbeatOutcome.Failed($"no answer within {client.Timeout.TotalSeconds:0.#} s");
        }
    }

    // "An error occurred while sending the request." says nothing; the inner exceptions say what happened.
    private static string Describe(Exception exception)
    {
        var messages = new List<string>();
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (!messages.Any(m => m.Contains(e.Message.TrimEnd('.'), StringComparison.Ordinal)))
            {
                messages.Add(e.Message.TrimEnd('.'));
            }
        }

        return string.Join(": ", messages);
    }
}
