using System.Reflection;
using ReplOrchestrator.Domain.Catalog;

namespace ReplOrchestrator.Domain.Tests.Catalog;

/// <summary>The catalog's own integrity, and that it holds every id and step the seeds document.</summary>
public sealed class ErrorCatalogTests
{
    /// <summary>Every numeric id in the three seed documents and in the documented Azure Migrate error table.</summary>
    public static TheoryData<int> DocumentedIds() =>
    [
        1011, 1012, 181008, 1003, 1022, 542, 587, 633, 508, 1039, 572, 563, 566, 1023, 1018, 1028,
        32315, 32022, 32086, 32546, 19050, 32056, 32032, 33680,
    ];

    [Fact]
    public void Entries_HaveTheCodesOfCatalogCodesAndNoOthers()
    {
        var constants = typeof(CatalogCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal);

        ErrorCatalog.Entries.Select(e => e.Code).Order(StringComparer.Ordinal).ShouldBe(constants);
    }

    [Fact]
    public void Entries_AreComplete()
    {
        foreach (var entry in ErrorCatalog.Entries)
        {
            entry.Title.ShouldNotBeNullOrWhiteSpace(entry.Code);
            entry.Summary.ShouldNotBeNullOrWhiteSpace(entry.Code);
            entry.Causes.ShouldNotBeEmpty(entry.Code);
            entry.Actions.ShouldNotBeEmpty(entry.Code);
            entry.Links.ShouldNotBeEmpty(entry.Code);
        }
    }

    [Fact]
    public void Causes_HaveUniqueIdsAndDependOnlyOnEarlierCauses()
    {
        foreach (var entry in ErrorCatalog.Entries)
        {
            var ids = entry.Causes.Select(c => c.Id).ToList();
            ids.ShouldBeUnique(entry.Code);
            foreach (var (cause, index) in entry.Causes.Select((c, i) => (c, i)))
            {
                if (cause.DependsOn is { } dependency)
                {
                    ids.IndexOf(dependency).ShouldBeInRange(0, index - 1, $"{entry.Code}/{cause.Id}");
                }
            }
        }
    }

    [Fact]
    public void Actions_ReferOnlyToTheirEntrysCauses()
    {
        foreach (var entry in ErrorCatalog.Entries)
        {
            var ids = entry.Causes.Select(c => c.Id).ToHashSet();
            entry.Actions.SelectMany(a => a.ForCauses).Where(id => !ids.Contains(id)).ShouldBeEmpty(entry.Code);
        }
    }

    [Fact]
    public void Links_AreAbsoluteHttps() =>
        ErrorCatalog.Entries.SelectMany(e => e.Links)
            .Where(l => !Uri.TryCreate(l.Url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
            .ShouldBeEmpty();

    [Theory]
    [MemberData(nameof(DocumentedIds))]
    public void Entries_HoldEveryDocumentedId(int id) =>
        ErrorCatalog.Entries.ShouldContain(e => e.Ids.Contains(id));

    [Fact]
    public void Id181008_BelongsToBothOfItsDocumentedMeanings() =>
        ErrorCatalog.Entries.Where(e => e.Ids.Contains(181008)).Select(e => e.Code)
            .ShouldBe([CatalogCodes.DisposeArtefactsTimedOut, CatalogCodes.NoDiskSnapshotsFound], ignoreOrder: true);

    [Fact]
    public void Get_UnknownCode_ThrowsNamingIt() =>
        Should.Throw<KeyNotFoundException>(() => ErrorCatalog.Get("NoSuchThing")).Message.ShouldContain("NoSuchThing");

    [Fact]
    public void Unclassified_IsTheMonitorsExplicitEntry() =>
        (ErrorCatalog.Unclassified.Code, ErrorCatalog.Unclassified.Product).ShouldBe((CatalogCodes.Unclassified, Product.Monitor));

    [Theory]
    [InlineData(CatalogCodes.DiskUploadTimedOut, "Net Start asrgwy")]
    [InlineData(CatalogCodes.DiskUploadTimedOut, "azcopy bench")]
    [InlineData(CatalogCodes.DiskUploadTimedOut, "Snapshot Manager")]
    [InlineData(CatalogCodes.DiskUploadTimedOut, "-Port 443")]
    [InlineData(CatalogCodes.DisposeArtefactsTimedOut, "Net Start asrgwy")]
    [InlineData(CatalogCodes.DisposeArtefactsTimedOut, "Peek")]
    [InlineData(CatalogCodes.HostConnectionRefused, "nslookup")]
    [InlineData(CatalogCodes.HostConnectionRefused, "Test-NetConnection <host> -Port 902")]
    [InlineData(CatalogCodes.HostConnectionRefused, "hosts")]
    [InlineData(CatalogCodes.KeyVaultOperationFailed, "Set-AzureRmKeyVaultAccessPolicy")]
    [InlineData(CatalogCodes.KeyVaultOperationFailed, "customer's own tenant")]
    [InlineData(CatalogCodes.NoDiskSnapshotsFound, "Storage vMotion")]
    [InlineData(CatalogCodes.ChangeBlockTrackingReset, "Repair Replication")]
    [InlineData(CatalogCodes.FetchChangedBlocksFailed, "reset changed block tracking")]
    [InlineData(CatalogCodes.VddkServerRefusedConnection, "Net Stop asrgwy")]
    [InlineData(CatalogCodes.NfcMemoryAllocationFailed, "vMotion")]
    [InlineData(CatalogCodes.HyperVReplicationSuspended, "Resume Replication")]
    [InlineData(CatalogCodes.HyperVReplicationSuspended, "Task Scheduler")]
    [InlineData(CatalogCodes.HyperVReplicationSuspended, "KB4088889")]
    [InlineData(CatalogCodes.HyperVReplicaBackupConflict, "Resync")]
    [InlineData(CatalogCodes.HyperVReplicaBackupConflict, "Measure-VMReplication")]
    public void Actions_CarryTheSeedsConcreteSteps(string code, string step) =>
        string.Join("\n", ErrorCatalog.Get(code).Actions.Select(a => a.Text)).ShouldContain(step, Case.Sensitive);

    [Theory]
    [InlineData(CatalogCodes.HyperVApplyLogsFailed, "Windows Server 2012:")]
    [InlineData(CatalogCodes.HyperVApplyIncomplete, "Windows Server 2012 R2")]
    [InlineData(CatalogCodes.HyperVReplicationOperationFailed, "2012 R2")]
    public void HyperVApplyEvents_NameTheirWindowsServerRelease(string code, string release) =>
        ErrorCatalog.Get(code).Summary.ShouldContain(release);
}
