using Microsoft.Extensions.Configuration;
using ReplOrchestrator.Domain.Contracts;

namespace ReplOrchestrator.Local.Simulation;

/// <summary>
/// Reads appliance credentials from the list the server authenticates against, <c>Repl:Appliances</c>
/// of <c>{ Id, Key }</c> (<c>Repl__Appliances__0__Id</c> and <c>Repl__Appliances__0__Key</c> in the
/// environment), so simulator and server share one list.
/// </summary>
internal static class ApplianceCredentials
{
    /// <summary>The configuration section of the list.</summary>
    public const string Section = "Repl:Appliances";

    /// <summary>Every credential in list order; <paramref name="problems"/> names entries that are unusable (never their keys).</summary>
    public static IReadOnlyList<ApplianceCredential> Read(IConfiguration configuration, out IReadOnlyList<string> problems)
    {
        var found = new List<string>();
        var credentials = new List<ApplianceCredential>();
        foreach (var entry in configuration.GetSection(Section).GetChildren())
        {
            var path = $"{Section}:{entry.Key}";
            var (id, key) = (entry["Id"], entry["Key"]);
            if (ContractId.Explain(id) is { } idProblem)
            {
                found.Add($"{path}:Id {idProblem}.");
            }
            else if (string.IsNullOrEmpty(key))
            {
                found.Add($"{path}:Key is missing for appliance '{id}'.");
            }
            else if (key.Any(c => c is < '!' or > '~'))
            {
                // Said without the key: an HTTP header carries only visible ASCII, and the key is a secret.
                found.Add($"{path}:Key of appliance '{id}' has characters an HTTP header cannot carry (only visible ASCII).");
            }
            else if (credentials.Any(c => c.Id == id))
            {
                found.Add($"{path}:Id '{id}' is listed twice.");
            }
            else
            {
                credentials.Add(new ApplianceCredential(id!, key));
            }
        }

        problems = found;
        return credentials;
    }
}
