using System.Text;

namespace ReplOrchestrator.Engine.CrashHost;

/// <summary>The file where the workloads' activities record their effects, one line per run of an activity.</summary>
public static class EffectsFile
{
    // .NET appends at an offset it read, not with O_APPEND: concurrent appenders would overwrite each other.
    private static readonly SemaphoreSlim s_appending = new(1, 1);

    public static async Task AppendAsync(string path, string effect, CancellationToken cancellationToken = default)
    {
        await s_appending.WaitAsync(cancellationToken);
        try
        {
            await using var effects = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
            // One short write per effect: a kill never leaves half a line behind another.
            await effects.WriteAsync(Encoding.UTF8.GetBytes(effect + "\n"), cancellationToken);
        }
        finally
        {
            s_appending.Release();
        }
    }
}
