using System.Security.Cryptography;

namespace ReplOrchestrator.Local.Demo;

/// <summary>
/// The demo's way into the dashboard: a reader key made up for this run (128 bits, never stored, printed once) and the
/// URL that carries it in its fragment, which browsers keep to themselves; the page moves it into the tab's session.
/// </summary>
internal sealed class DashboardLink
{
    private readonly string _readerKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>Adds the reader key to the server's settings.</summary>
    public Dictionary<string, string?> AddTo(Dictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings["Repl:ApiKeys:0"] = _readerKey;
        return settings;
    }

    /// <summary>The dashboard's address on the host at <paramref name="server"/>, signed in with the run's reader key.</summary>
    public Uri For(Uri server) => new(server, "api/dashboard/#key=" + _readerKey);
}
