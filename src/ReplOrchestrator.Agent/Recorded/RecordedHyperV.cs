using System.Text.Json;
using System.Text.Json.Nodes;
using ReplOrchestrator.Agent.HyperV;
using ReplOrchestrator.Agent.Storage;

namespace ReplOrchestrator.Agent.Recorded;

/// <summary>
/// Hyper-V Replica from <see cref="RecordedFiles.Replication"/>. A resume sets the VM's <c>State</c> to <c>Replicating</c> in
/// the file, as the live host would change, unless the entry carries a <c>ResumeError</c>, which the resume then fails with.
/// </summary>
internal sealed class RecordedHyperV(string folder) : IHyperVReplication
{
    /// <inheritdoc/>
    public Task<IReadOnlyList<VmReplicationRecord>> GetAsync(string? computerName, CancellationToken cancellationToken)
    {
        try
        {
            return Task.FromResult(VmReplicationJson.Parse(RecordedFiles.Read(folder, RecordedFiles.Replication) ?? ""));
        }
        catch (JsonException e)
        {
            throw new HostCommandException($"{RecordedFiles.Replication} is not JSON: {e.Message}");
        }
    }

    /// <inheritdoc/>
    public Task ResumeAsync(string vmName, string? computerName, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, RecordedFiles.Replication);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            throw new HostCommandException($"Resume-VMReplication: {RecordedFiles.Replication} cannot be read ({e.GetType().Name})");
        }

        var items = root is JsonArray array ? array.OfType<JsonObject>().ToList() : root is JsonObject one ? [one] : [];
        var vm = items.FirstOrDefault(i => (string?)i["VMName"] == vmName)
            ?? throw new HostCommandException($"Resume-VMReplication: no VM named '{vmName}'");
        if ((string?)vm["ResumeError"] is { } error)
        {
            throw new HostCommandException(error);
        }

        vm["State"] = "Replicating";
        AtomicFile.Write(path, JsonSerializer.SerializeToUtf8Bytes(root));
        return Task.CompletedTask;
    }
}
