using ReplOrchestrator.Agent.Configuration;

namespace ReplOrchestrator.Agent.Security;

/// <summary>Reads a one-line secret from a file only its owner may read, and refuses any other.</summary>
internal static class ProtectedFile
{
    private const UnixFileMode GroupOrOthers =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>The secret in <paramref name="path"/>, trimmed.</summary>
    /// <param name="path">The file.</param>
    /// <param name="what">What the secret is, for the error line (for example "key file").</param>
    /// <exception cref="AgentConfigurationException">The file is missing, empty, more than one line, or open to group or others.</exception>
    public static string ReadSecret(string path, string what)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new AgentConfigurationException($"{what} {full}: no such file");
        }

        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(full);
            if ((mode & GroupOrOthers) != 0)
            {
                // Refused rather than fixed: who else could read it already may have, so the key should be replaced too.
                throw new AgentConfigurationException(
                    $"{what} {full}: readable by group or others (mode {Convert.ToString((int)mode, 8)}); run `chmod 600 {full}` and replace the secret");
            }
        }

        string text;
        try
        {
            text = File.ReadAllText(full).Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new AgentConfigurationException($"{what} {full}: cannot be read ({e.GetType().Name})");
        }

        if (text.Length == 0 || text.Contains('\n', StringComparison.Ordinal))
        {
            throw new AgentConfigurationException($"{what} {full}: must hold the secret on one line");
        }

        return text;
    }
}
