using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Hosting;

namespace ReplOrchestrator.Workflows.Cycles;

/// <summary>
/// Starts the uploads of disks a cycle sees for the first time, unless they exist. A cycle continues as
/// new during a long upload; an awaited sub-orchestration would lose its result across a generation, so
/// each upload is started on its own and reports a timeout back by event. Registered as
/// <see cref="WorkflowNames.StartDiskUploads"/>; returns how many this run started.
/// </summary>
/// <param name="client">Starts the uploads.</param>
/// <param name="lifetime">Its stopping token cancels the starts.</param>
public sealed class StartDiskUploadsActivity(DurableTaskClient client, IHostApplicationLifetime lifetime) : TaskActivity<IReadOnlyList<DiskUploadStart>, int>
{
    /// <inheritdoc />
    public override async Task<int> RunAsync(TaskActivityContext context, IReadOnlyList<DiskUploadStart> input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var started = 0;
        foreach (var upload in input)
        {
            if (await client.StartIfAbsentAsync(WorkflowNames.DiskUpload, upload.InstanceId, upload, lifetime.ApplicationStopping))
            {
                started++;
            }
        }

        return started;
    }
}
