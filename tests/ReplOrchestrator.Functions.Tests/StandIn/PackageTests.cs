using System.IO.Compression;
using System.Text.Json.Nodes;
using ReplOrchestrator.Functions.Tests.Manifest;

namespace ReplOrchestrator.Functions.Tests.StandIn;

/// <summary>The assembled function app package, as the deployment ships it.</summary>
public sealed class PackageTests
{
    [Fact]
    public async Task Package_HasHostJsonAFolderPerFunctionAndTheHandlerItNames()
    {
        var folder = await PublishedPackage.FolderAsync();

        var hostJson = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "host.json")))!;
        hostJson["version"]!.GetValue<string>().ShouldBe("2.0");
        hostJson["customHandler"]!["enableForwardingHttpRequest"]!.GetValue<bool>().ShouldBeFalse();
        hostJson["extensionBundle"]!["version"]!.GetValue<string>().ShouldBe("[4.*, 5.0.0)");
        hostJson["extensions"]!["durableTask"]!["hubName"]!.GetValue<string>().ShouldBe("%REPL_TASKHUB_NAME%");
        hostJson["extensions"]!["durableTask"]!["extendedSessionsEnabled"]!.GetValue<bool>().ShouldBeFalse();
        var executable = Path.Combine(folder, hostJson["customHandler"]!["description"]!["defaultExecutablePath"]!.GetValue<string>());
        File.Exists(executable).ShouldBeTrue(executable);
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(executable).HasFlag(UnixFileMode.UserExecute).ShouldBeTrue();
        }

        var committed = Path.Combine(FunctionManifestTests.RepoRoot(), "src", "ReplOrchestrator.Functions", "functions");
        var functions = Directory.GetDirectories(folder).Select(d => Path.GetFileName(d)!).Where(n => n != "handler").Order(StringComparer.Ordinal).ToList();
        functions.ShouldBe(Directory.GetDirectories(committed).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal));
        foreach (var function in functions)
        {
            var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, function, "function.json")))!;
            json["bindings"]!.AsArray().ShouldNotBeEmpty(function);
            json["bindings"]![0]!["direction"]!.GetValue<string>().ShouldBe("in", function);
        }
    }

    [Fact]
    public async Task Package_Zip_HoldsTheSameFilesAndKeepsTheHandlerExecutable()
    {
        var folder = await PublishedPackage.FolderAsync();

        using var zip = ZipFile.OpenRead(PublishedPackage.Zip);
        var entries = zip.Entries.Where(e => e.Length > 0 || !e.FullName.EndsWith('/')).Select(e => e.FullName.Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
        var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'));
        entries.ShouldBe(files.ToHashSet(StringComparer.Ordinal), ignoreOrder: true);
        var handler = zip.GetEntry("handler/ReplOrchestrator.Functions")!;
        ((handler.ExternalAttributes >> 16) & 0b001_000_000).ShouldNotBe(0, "the owner execute bit");
    }

    [Fact]
    public async Task Package_Handler_AnswersTheReadinessProbeWithinTheHostsDeadline()
    {
        var folder = await PublishedPackage.FolderAsync();

        // StartAsync fails unless GET / answers within the host's 30-second initialization timeout.
        await using var handler = await HandlerProcess.StartAsync(folder, new Dictionary<string, string>());

        using var http = new HttpClient();
        (await http.GetAsync(handler.Address)).IsSuccessStatusCode.ShouldBeTrue();
    }
}
