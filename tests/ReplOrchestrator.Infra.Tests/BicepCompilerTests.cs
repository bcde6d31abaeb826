using System.Text.Json.Nodes;
using ReplOrchestrator.Infra.Tests.Compiler;
using ReplOrchestrator.Infra.Tests.Rules;
using ReplOrchestrator.Infra.Tests.Support;

namespace ReplOrchestrator.Infra.Tests;

/// <summary>
/// The committed infra/ through the Bicep gate: the real compiler and linter (the
/// Azure.Bicep.CommandLine package this project restores) over every file, no error or warning allowed.
/// </summary>
public sealed class BicepCompilerTests(CompiledInfra infra) : IClassFixture<CompiledInfra>
{
    [Fact]
    public void BuildAndLint_CommittedInfra_HaveNoErrorsOrWarnings()
    {
        infra.Result.Problems.ShouldBeEmpty(infra.Result.ToString());
        var files = infra.Result.Files.Select(f => Path.GetRelativePath(RepoPaths.Infra, f)).ToList();
        files.ShouldContain("main.bicep");
        files.ShouldContain("main.bicepparam");
    }

    [Fact]
    public void BuildAndLint_CommittedInfra_WriteNothingIntoInfra()
    {
        infra.FilesAfter.ShouldBe(infra.FilesBefore);
    }

    [Fact]
    public void Cli_IsThePinnedVersion()
    {
        var result = BicepCli.Run(["--version"], RepoPaths.Root);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.StandardOutput.ShouldStartWith($"Bicep CLI version {BicepCli.PinnedVersion} ");
    }

    // The compiled template is what Azure receives: every resource in it (the compiler's own module
    // deployments aside) is one the rules saw in the sources, at its pinned version, and the reverse.
    [Fact]
    public void CompiledMain_DeploysExactlyTheResourcesTheRulesCheck()
    {
        var compiled = CompiledResources(JsonNode.Parse(File.ReadAllText(infra.Result.CompiledTemplate("main.bicep")))!)
            .Where(r => !r.StartsWith("Microsoft.Resources/deployments@", StringComparison.OrdinalIgnoreCase))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var declared = InfraFiles.Templates.SelectMany(d => d.Resources).Select(r => r.TypeAndVersion).ToHashSet(StringComparer.OrdinalIgnoreCase);

        compiled.Where(r => !ResourceTypes.All.TryGetValue(r.Split('@')[0], out var rule) || rule.ApiVersion != r.Split('@')[1])
            .Select(r => $"{r} is not a type and version pinned in ResourceTypes")
            .ShouldBeEmpty();
        compiled.Order(StringComparer.Ordinal).ShouldBe(declared.Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> CompiledResources(JsonNode template)
    {
        var resources = template["resources"] switch
        {
            JsonObject byName => byName.Select(p => p.Value),
            JsonArray list => list,
            _ => [],
        };
        foreach (var resource in resources.OfType<JsonObject>())
        {
            var type = (string)resource["type"]!;
            yield return $"{type}@{(string)resource["apiVersion"]!}";
            if (type == "Microsoft.Resources/deployments" && resource["properties"]?["template"] is { } nested)
            {
                foreach (var inner in CompiledResources(nested))
                {
                    yield return inner;
                }
            }
        }
    }
}
