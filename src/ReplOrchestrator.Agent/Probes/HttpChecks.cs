using System.Net;
using System.Net.Http.Headers;
using System.Security.Authentication;
using static ReplOrchestrator.Agent.Probes.NetworkChecks;

namespace ReplOrchestrator.Agent.Probes;

/// <summary>
/// HTTPS checks of the Azure endpoints: reachability (any HTTP answer over a validated TLS connection counts, as an
/// unauthenticated request to Service Bus or Key Vault is answered 401 or 404), and the storage write test.
/// </summary>
internal static class HttpChecks
{
    /// <summary>Sends <c>GET</c> to <paramref name="url"/> and passes on any HTTP answer.</summary>
    public static async Task<ProbeCheck> ReachAsync(HttpClient client, Uri url, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        using var limit = Limit(timeout, cancellationToken);
        try
        {
            using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, limit.Token).ConfigureAwait(false);
            return new ProbeCheck(true, Elapsed(time, started), $"HTTPS answered {(int)response.StatusCode} {response.ReasonPhrase}");
        }
        catch (HttpRequestException e)
        {
            return new ProbeCheck(false, 0, Describe(e));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ProbeCheck(false, 0, $"no HTTPS answer within {Seconds(timeout)}");
        }
    }

    /// <summary>
    /// Writes a 1 KiB block blob into the container <paramref name="containerSas"/> names and deletes it again, as
    /// <c>azcopy bench</c> does on a larger scale. Details name the host only: the SAS is a secret.
    /// </summary>
    public static async Task<ProbeCheck> WriteBlobAsync(HttpClient client, Uri containerSas, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        using var limit = Limit(timeout, cancellationToken);
        var blob = new UriBuilder(containerSas) { Path = containerSas.AbsolutePath.TrimEnd('/') + "/repl-agent-probe-" + Guid.NewGuid().ToString("N")[..12] }.Uri;
        try
        {
            using var put = new HttpRequestMessage(HttpMethod.Put, blob) { Content = new ByteArrayContent(new byte[1024]) };
            put.Headers.Add("x-ms-blob-type", "BlockBlob");
            put.Headers.Add("x-ms-version", "2021-08-06");
            put.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            using var written = await client.SendAsync(put, limit.Token).ConfigureAwait(false);
            if (written.StatusCode != HttpStatusCode.Created)
            {
                return new ProbeCheck(false, 0, $"write to {containerSas.Host} refused: {(int)written.StatusCode} {written.ReasonPhrase}");
            }

            var latency = Elapsed(time, started);
            using var delete = new HttpRequestMessage(HttpMethod.Delete, blob);
            delete.Headers.Add("x-ms-version", "2021-08-06");
            using var deleted = await client.SendAsync(delete, limit.Token).ConfigureAwait(false);
            var cleanup = deleted.IsSuccessStatusCode ? "" : $"; the test blob was left behind ({(int)deleted.StatusCode})";
            return new ProbeCheck(true, latency, $"wrote and deleted a 1 KiB blob on {containerSas.Host}{cleanup}");
        }
        catch (HttpRequestException e)
        {
            return new ProbeCheck(false, 0, Describe(e).Replace(containerSas.Query, "", StringComparison.Ordinal));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ProbeCheck(false, 0, $"storage write did not finish within {Seconds(timeout)}");
        }
    }

    // The outer message ("An error occurred while sending the request") says nothing; the innermost says what failed.
    private static string Describe(HttpRequestException e)
    {
        var inner = e.InnerException;
        while (inner?.InnerException is not null && inner is not AuthenticationException)
        {
            inner = inner.InnerException;
        }

        var reason = inner is AuthenticationException ? "TLS failed: " + inner.Message : inner?.Message ?? e.Message;
        return e.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => "name does not resolve: " + reason,
            HttpRequestError.ConnectionError => "connection failed: " + reason,
            HttpRequestError.SecureConnectionError => reason.StartsWith("TLS", StringComparison.Ordinal) ? reason : "TLS failed: " + reason,
            _ => reason,
        };
    }
}
