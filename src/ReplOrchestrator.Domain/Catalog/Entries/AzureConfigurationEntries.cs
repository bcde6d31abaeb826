using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Domain.Catalog.Entries;

/// <summary>Azure Migrate errors caused by Azure resources, permissions and throttling.</summary>
internal static class AzureConfigurationEntries
{
    public static IEnumerable<CatalogEntry> All()
    {
        yield return Simple(CatalogCodes.StorageAccountNotFound, 542, AlertSeverity.Critical, "Storage account not found",
            "The storage account replication uses was moved, deleted or converted.",
            new ProbableCause("storage-account-gone", "The replication storage account was moved to another resource group or subscription, deleted, or converted.",
                [new(ProbeKind.CloudStorageDns, ProbeEvidence.Indicative)]),
            "Stop replication for the VM and enable it again, so Azure Migrate sets up its storage again.");

        yield return Simple(CatalogCodes.StateContainerNotFound, 587, AlertSeverity.Warning, "State container not found",
            "The VM's replication state container is gone because replication was disabled.",
            new ProbableCause("replication-disabled", "Replication was disabled for the VM.", []),
            "If replication was not disabled on purpose, enable replication for the VM again.");

        yield return Simple(CatalogCodes.SubscriptionSnapshotOperationThrottled, 633, AlertSeverity.Warning, "Snapshot operations throttled",
            "Azure throttled the target subscription because too many snapshot operations ran in it.",
            new ProbableCause("subscription-throttled", "Too many snapshot operations ran in the target subscription.", []),
            "Wait 30 minutes and retry; Azure Migrate retries on its next cycle.");

        yield return Simple(CatalogCodes.ResyncSnapshotDoesNotExist, 508, AlertSeverity.Critical, "Resync snapshot does not exist",
            "The snapshot a resynchronisation started from was deleted, so the resynchronisation cannot finish.",
            new ProbableCause("resync-snapshot-deleted", "The snapshot the resynchronisation needs was deleted.", []),
            "Start the resynchronisation again.");

        yield return new CatalogEntry
        {
            Code = CatalogCodes.InsufficientPermissionsOnKeyVault,
            Ids = [1039],
            Product = Product.AzureMigrate,
            Kind = EntryKind.Error,
            Severity = AlertSeverity.Critical,
            Title = "Insufficient permissions on Key Vault",
            Summary = "Azure Migrate cannot use the project's Key Vault, which holds the Service Bus connection strings and storage keys.",
            Causes =
            [
                new("keyvault-permissions-removed", "The Key Vault permissions (access policies) Azure Migrate needs were removed.", []),
                new("app-certificate-invalid", "The certificate of the Microsoft Entra application Azure Migrate uses is no longer valid.", []),
                new("keyvault-blocked", "An Azure Policy or the vault's network rules block access.",
                    [new(ProbeKind.KeyVaultTcp, ProbeEvidence.Decisive), new(ProbeKind.CloudKeyVaultTcp, ProbeEvidence.Indicative)]),
            ],
            Actions =
            [
                RecommendedAction.For("In the portal, open the Key Vault > Access policies and restore the permissions Azure Migrate's identity had.", "keyvault-permissions-removed"),
                RecommendedAction.For("Check that the Microsoft Entra application's certificate is valid; renew it if it expired.", "app-certificate-invalid"),
                RecommendedAction.For("Check Azure Policy assignments and the vault's networking settings; from the appliance run "
                    + "`Test-NetConnection <vault>.vault.azure.net -Port 443` and check that TcpTestSucceeded is True.", "keyvault-blocked"),
            ],
            Links = [DocLinks.AgentlessTroubleshooting],
            Names = ["InsufficientPermissionsOnKeyVault"],
        };

        yield return KeyVaultOperationFailed();
    }

    private static CatalogEntry KeyVaultOperationFailed()
    {
        const string RemotePrincipal = "csp-remote-principal";
        const string SecondUser = "second-user";
        return new CatalogEntry
        {
            Code = CatalogCodes.KeyVaultOperationFailed,
            Product = Product.AzureMigrate,
            Kind = EntryKind.Error,
            Severity = AlertSeverity.Warning,
            Title = "Key Vault operation failed",
            Summary = "Setting up replication failed at a Key Vault operation (Configure managed storage account, or Generate shared access "
                + "signature definition): the Key Vault's user access policy does not give the signed-in user the permissions to make "
                + "storage accounts Key Vault managed.",
            Causes =
            [
                new(RemotePrincipal, "The signed-in user is a remote principal on the customer's tenant (a CSP subscription managed by the partner's admin).", []),
                new(SecondUser, "A second user set up replication after a first user's attempt created the Key Vault; the vault has an access policy "
                    + "only for the first user.", []),
            ],
            Actions =
            [
                RecommendedAction.General("Check the vault's Access policies in the portal for the user who is setting up replication."),
                RecommendedAction.For("CSP: delete the Key Vault, sign out of the portal, sign in with a user of the customer's own tenant (not a remote "
                    + "principal) with Owner, or Contributor and User Access Administrator, on the Migrate project's resource group, and retry.", RemotePrincipal),
                RecommendedAction.For("Second user: that user grants themselves an access policy in Azure PowerShell: "
                    + "`$userPrincipalId = $(Get-AzureRmADUser -UserPrincipalName \"<user2 email>\").Id` then "
                    + "`Set-AzureRmKeyVaultAccessPolicy -VaultName \"<keyvault>\" -ObjectId $userPrincipalId -PermissionsToStorage get, list, delete, set, "
                    + "update, regeneratekey, getsas, listsas, deletesas, setsas, recover, backup, restore, purge`, then retries.", SecondUser),
            ],
            Links = [DocLinks.AgentlessTroubleshooting],
            Names = ["KeyVaultOperationFailed", "ConfigureManagedStorageAccount", "GenerateSasDefinition"],
            MessagePatterns = ["Key Vault operation failed"],
        };
    }

    private static CatalogEntry Simple(
        string code, int id, AlertSeverity severity, string title, string summary, ProbableCause cause, string action) =>
        EntryFactory.Create(Product.AzureMigrate, EntryKind.Error, code, severity, title, summary,
            [cause], [RecommendedAction.For(action, cause.Id)], [DocLinks.AgentlessTroubleshooting]) with { Ids = [id], Names = [code] };
}
