using ReplOrchestrator.Infra.Tests.Bicep;

namespace ReplOrchestrator.Infra.Tests.Rules;

/// <summary>
/// Identity over keys: each setting below is declared, literally, on every resource of its type, and
/// every type in the table is declared somewhere (removing a resource does not silence its rule).
/// </summary>
internal static class SecureSettingsRule
{
    public static IReadOnlyList<(string Type, string Path, string Expected)> Required { get; } =
    [
        ("Microsoft.Storage/storageAccounts", "properties.allowSharedKeyAccess", "false"),
        ("Microsoft.Storage/storageAccounts", "properties.allowBlobPublicAccess", "false"),
        ("Microsoft.Storage/storageAccounts", "properties.minimumTlsVersion", "'TLS1_2'"),
        ("Microsoft.ServiceBus/namespaces", "properties.disableLocalAuth", "true"),
        ("Microsoft.Insights/components", "properties.DisableLocalAuth", "true"),
        ("Microsoft.OperationalInsights/workspaces", "properties.features.disableLocalAuth", "true"),
        ("Microsoft.KeyVault/vaults", "properties.enableRbacAuthorization", "true"),
        ("Microsoft.KeyVault/vaults", "properties.enableSoftDelete", "true"),
        ("Microsoft.KeyVault/vaults", "properties.enablePurgeProtection", "true"),
        ("Microsoft.Web/sites", "identity.type", "'UserAssigned'"),
        ("Microsoft.Web/sites", "properties.httpsOnly", "true"),
    ];

    public static IEnumerable<string> Check(TemplateSet templates)
    {
        var declared = templates.Documents.SelectMany(d => d.Resources).Where(r => !r.IsExisting).ToList();
        foreach (var (type, path, expected) in Required)
        {
            var ofType = declared.Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase)).ToList();
            if (ofType.Count == 0)
            {
                yield return $"no {type} is declared, so '{path}: {expected}' cannot be checked";
            }

            foreach (var resource in ofType.Where(r => r.Body.At(path)?.Raw != expected))
            {
                yield return $"{resource.Where}: {resource.Symbol} must set {path}: {expected} (has {resource.Body.At(path)?.Raw ?? "nothing"})";
            }
        }
    }
}
