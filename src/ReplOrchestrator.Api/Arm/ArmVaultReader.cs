using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.ResourceManager;

namespace ReplOrchestrator.Api.Arm;

/// <summary>
/// Lists a vault's migration items and events through the ArmClient's own pipeline (credential, retries that honour
/// 429's <c>Retry-After</c>, telemetry): the Site Recovery resource-provider package is not available, so the REST
/// calls are made raw and their JSON read by <see cref="Items.MigrationItemReader"/> and <see cref="Events.ArmEventReader"/>.
/// </summary>
public sealed class ArmVaultReader(ArmClient client)
{
    /// <summary>Every page of the vault's <c>replicationMigrationItems</c>, following <c>nextLink</c>, or the status that stopped it.</summary>
    /// <exception cref="RequestFailedException">The service could not be reached, kept throttling after the retries, or answered a page that cannot be followed.</exception>
    public Task<VaultRead> ListMigrationItemsAsync(ArmVault vault, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vault);
        return ListAsync(vault, ArmApi.MigrationItems(vault), cancellationToken);
    }

    /// <summary>
    /// Every page of the vault's <c>replicationEvents</c> from <paramref name="since"/> on (one list, following
    /// <c>nextLink</c>), or the status that stopped it.
    /// </summary>
    /// <exception cref="RequestFailedException">The service could not be reached, kept throttling after the retries, or answered a page that cannot be followed.</exception>
    public Task<VaultRead> ListEventsAsync(ArmVault vault, DateTimeOffset since, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vault);
        return ListAsync(vault, ArmApi.Events(vault, since), cancellationToken);
    }

    private async Task<VaultRead> ListAsync(ArmVault vault, string firstPage, CancellationToken cancellationToken)
    {
        var resource = new VaultResource(client, vault.Id);
        var pipeline = resource.HttpPipeline;
        var entries = new List<JsonElement>();
        Uri? next = new(resource.BaseUri, firstPage);
        var visited = new HashSet<Uri> { next };
        while (next is not null)
        {
            using var message = pipeline.CreateMessage();
            message.Request.Method = RequestMethod.Get;
            message.Request.Uri.Reset(next);
            await pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
            var response = message.Response;
            if (response.Status != 200)
            {
                if (response.Status is 401 or 403 or 404)
                {
                    return new VaultRead(response.Status, []);
                }

                throw new RequestFailedException(response);
            }

            using var page = await ReadPageAsync(response, cancellationToken).ConfigureAwait(false);
            if (page.RootElement.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Array)
            {
                entries.AddRange(value.EnumerateArray().Select(entry => entry.Clone()));
            }

            next = NextPage(page.RootElement, resource.BaseUri, visited);
        }

        return new VaultRead(200, entries);
    }

    private static async Task<JsonDocument> ReadPageAsync(Response response, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonDocument.ParseAsync(response.ContentStream!, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            throw new RequestFailedException(response.Status, "Resource Manager answered a page that is not JSON; the list was not finished.", e);
        }
    }

    // The pipeline puts the bearer token on every request it sends, so a page may only lead to another page of the same
    // endpoint: a nextLink elsewhere would hand the token to whoever it names. A link that comes round again would never end.
    private static Uri? NextPage(JsonElement page, Uri endpoint, HashSet<Uri> visited)
    {
        if (!page.TryGetProperty("nextLink", out var link) || link.ValueKind != JsonValueKind.String || link.GetString() is not { Length: > 0 } text)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var next)
            || !string.Equals(next.Scheme, endpoint.Scheme, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(next.Host, endpoint.Host, StringComparison.OrdinalIgnoreCase)
            || next.Port != endpoint.Port)
        {
            throw new RequestFailedException($"Resource Manager's nextLink leads away from {endpoint.Host}; it was not followed and the list was not finished.");
        }

        return visited.Add(next) ? next : throw new RequestFailedException("Resource Manager's nextLink repeats a page already read; the list was not finished.");
    }
}
