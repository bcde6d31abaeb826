using System.Text.Json;
using ReplOrchestrator.Domain.Catalog;

namespace ReplOrchestrator.Local.Tests.Cli;

public sealed class CatalogCommandTests
{
    [Fact]
    public async Task Catalog_Json_PrintsEveryEntryWithTheDocumentedFields()
    {
        var run = await CliRun.InProcessAsync("catalog", "--json");

        run.ExitCode.ShouldBe(0);
        using var document = JsonDocument.Parse(run.Output);
        var entries = document.RootElement.EnumerateArray().ToList();
        entries.Count.ShouldBe(ErrorCatalog.Entries.Count);
        foreach (var entry in entries)
        {
            foreach (var field in new[] { "code", "ids", "product", "severity", "title", "causes", "actions" })
            {
                entry.TryGetProperty(field, out _).ShouldBeTrue($"{entry.GetProperty("code")} lacks {field}");
            }

            entry.GetProperty("actions").GetArrayLength().ShouldBeGreaterThan(0);
        }

        var upload = entries.Single(e => e.GetProperty("code").GetString() == "DiskUploadTimedOut");
        upload.GetProperty("ids").EnumerateArray().Select(i => i.GetInt32()).ShouldBe([1011]);
        (upload.GetProperty("product").GetString(), upload.GetProperty("severity").GetString()).ShouldBe(("AzureMigrate", "Critical"));
        upload.GetProperty("actions").EnumerateArray().ShouldContain(a => a.GetString()!.Contains("Net Start asrgwy", StringComparison.Ordinal));
        upload.GetProperty("causes")[2].GetProperty("probes")[0].GetString().ShouldBe("StorageWrite");
        upload.GetProperty("probes")[0].GetString().ShouldBe("ApplianceHeartbeat");
    }

    [Fact]
    public async Task Catalog_Table_ListsEachCodeWithItsIdsAndTitle()
    {
        var run = await CliRun.InProcessAsync("catalog");

        run.ExitCode.ShouldBe(0);
        var rows = run.Output.Split('\n');
        foreach (var entry in ErrorCatalog.Entries)
        {
            rows.ShouldContain(row => row.Contains($" {entry.Code} ", StringComparison.Ordinal) && row.Contains(entry.Title, StringComparison.Ordinal));
        }

        rows.ShouldContain(row => row.Contains(" NoDiskSnapshotsFound ", StringComparison.Ordinal) && row.Contains("566, 181008", StringComparison.Ordinal));
        run.Output.ShouldContain($"{ErrorCatalog.Entries.Count} entries.");
    }

    [Fact]
    public async Task Catalog_Product_ListsOnlyThatProduct()
    {
        var run = await CliRun.InProcessAsync("catalog", "--json", "--product", "HyperVReplica");

        using var document = JsonDocument.Parse(run.Output);
        document.RootElement.EnumerateArray().Select(e => e.GetProperty("product").GetString()).Distinct().ShouldBe(["HyperVReplica"]);
    }

    [Fact]
    public async Task Catalog_Code_ShowsTheEntrysStepsInOrder()
    {
        var run = await CliRun.InProcessAsync("catalog", "--code", "HostConnectionRefused");

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldStartWith("HostConnectionRefused (1022)");
        run.Output.IndexOf("nslookup", StringComparison.Ordinal).ShouldBeLessThan(run.Output.IndexOf("-Port 902", StringComparison.Ordinal));
        run.Output.ShouldContain("EsxiDns → EsxiTcp902");
    }

    [Fact]
    public async Task Catalog_UnknownCode_FailsWithOneLine()
    {
        var run = await CliRun.InProcessAsync("catalog", "--code", "NoSuchThing");

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldBeEmpty();
        run.ErrorLines.ShouldHaveSingleItem().ShouldContain("NoSuchThing");
    }

    [Theory]
    [InlineData("catalog", "--bogus")]
    [InlineData("catalog", "--product", "Foo")]
    [InlineData("catalog", "--product", "1")]
    [InlineData("catalogue")]
    public async Task Catalog_BadArgument_FailsWithOneLineAndUsageExitCode(params string[] args)
    {
        var run = await CliRun.InProcessAsync(args);

        run.ExitCode.ShouldBe(2);
        run.Output.ShouldBeEmpty();
        run.ErrorLines.ShouldHaveSingleItem().ShouldStartWith("error: ");
    }
}
