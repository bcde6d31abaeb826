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
    /// <exception cref="RequestFailedException">The service could not be reached, or kept throttling after the retries.</exception>
    public Task<VaultRead> ListMigrationItemsAsync(ArmVault vault, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vault);
        return ListAsync(vault, ArmApi.MigrationItems(vault), cancellationToken);
    }

    /// <summary>
    /// Every page of the vault's <c>replicationEvents</c> from <paramref name="since"/> on (one list, following
    /// <c>nextLink</c>), or the status that stopped it.
    /// </summary>
    /// <exception cref="RequestFailedException">The service could not be reached, or kept throttling after the retries.</exception>
    /// <exception cref="JsonException">A page is not JSON.</exception>
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

            using var page = await JsonDocument.ParseAsync(response.ContentStream!, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (page.RootElement.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Array)
            {
                entries.AddRange(value.EnumerateArray().Select(entry => entry.Clone()));
            }

            next = page.RootElement.TryGetProperty("nextLink", out var link) && link.GetString() is { Length: > 0 } url ? new Uri(url) : null;
        }

        return new VaultRead(200, entries);
    }
}
