namespace ReplOrchestrator.Infra.Tests.Rules;

/// <summary>
/// Every resource type the templates may declare, with the one API version it is pinned to, whether
/// it carries tags, and for top-level resources the abbreviations.json key its name starts with.
/// Every version is one the pinned Bicep compiler's use-recent-api-versions rule accepts (its warning
/// lists the acceptable ones); adding a type or moving a version is a deliberate edit here, reviewed
/// with the template change.
/// </summary>
internal static class ResourceTypes
{
    public static IReadOnlyDictionary<string, ResourceTypeRule> All { get; } = new[]
    {
        new ResourceTypeRule("Microsoft.Authorization/roleAssignments", "2022-04-01", Taggable: false, Abbreviation: null),
        new ResourceTypeRule("Microsoft.Insights/components", "2020-02-02", Taggable: true, Abbreviation: "insightsComponents"),
        new ResourceTypeRule("Microsoft.KeyVault/vaults", "2025-05-01", Taggable: true, Abbreviation: "keyVaultVaults"),
        new ResourceTypeRule("Microsoft.ManagedIdentity/userAssignedIdentities", "2024-11-30", Taggable: true, Abbreviation: "managedIdentityUserAssignedIdentities"),
        new ResourceTypeRule("Microsoft.OperationalInsights/workspaces", "2025-07-01", Taggable: true, Abbreviation: "operationalInsightsWorkspaces"),
        new ResourceTypeRule("Microsoft.ServiceBus/namespaces", "2026-01-01", Taggable: true, Abbreviation: "serviceBusNamespaces"),
        new ResourceTypeRule("Microsoft.ServiceBus/namespaces/queues", "2026-01-01", Taggable: false, Abbreviation: null),
        new ResourceTypeRule("Microsoft.ServiceBus/namespaces/topics", "2026-01-01", Taggable: false, Abbreviation: null),
        new ResourceTypeRule("Microsoft.ServiceBus/namespaces/topics/subscriptions", "2026-01-01", Taggable: false, Abbreviation: null),
        new ResourceTypeRule("Microsoft.Storage/storageAccounts", "2025-06-01", Taggable: true, Abbreviation: "storageStorageAccounts"),
        new ResourceTypeRule("Microsoft.Storage/storageAccounts/blobServices", "2025-06-01", Taggable: false, Abbreviation: null),
        new ResourceTypeRule("Microsoft.Storage/storageAccounts/blobServices/containers", "2025-06-01", Taggable: false, Abbreviation: null),
        new ResourceTypeRule("Microsoft.Web/serverfarms", "2025-03-01", Taggable: true, Abbreviation: "webServerFarms"),
        new ResourceTypeRule("Microsoft.Web/sites", "2025-03-01", Taggable: true, Abbreviation: "webSitesFunctions"),
        new ResourceTypeRule("Microsoft.Web/sites/basicPublishingCredentialsPolicies", "2025-03-01", Taggable: false, Abbreviation: null),
    }.ToDictionary(rule => rule.Type, StringComparer.OrdinalIgnoreCase);
}

