using ReplOrchestrator.Infra.Tests.Compiler;
using ReplOrchestrator.Infra.Tests.Support;

namespace ReplOrchestrator.Infra.Tests;

/// <summary>
/// What the Bicep gate reports for files that are wrong: each problem with its file, line, column and
/// rule, warnings included although the CLI exits 0 on them.
/// </summary>
public sealed class BicepGateTests
{
    private const string StaleServiceBus = """
        @description('Required. Name of the namespace.')
        param namespaceName string

        resource namespace 'Microsoft.ServiceBus/namespaces@2021-11-01' existing = {
          name: namespaceName
        }

        @description('Resource id of the namespace.')
        output id string = namespace.id
        """;

    [Fact]
    public void BuildAndLint_BrokenFiles_ReportFileLineAndRuleOfEachProblem()
    {
        using var dir = NewInfraFolder();
        using var output = new TemporaryDirectory();
        dir.Write("main.bicep", StaleServiceBus + "\n\n@description('Required. Never used.')\nparam unused string\n");
        dir.Write("main.bicepparam", "using 'main.bicep'\n\nparam namespaceName = 'sbns-test'\nparam unused = 'x'\nparam colour = 'blue'\n");
        dir.Write("modules/broken.bicep", """
            @description('Required. Name of the account.')
            param name string

            resource st 'Microsoft.Storage/storageAccounts@2025-06-01' existing = {
              name: = name
            }
            """);

        var problems = BicepGate.Check(dir.Path, output.Path).Problems;

        var folder = Path.GetFileName(dir.Path);
        problems.ShouldContain(p => p.StartsWith($"{folder}/main.bicep:4:53: Warning use-recent-api-versions: ", StringComparison.Ordinal));
        problems.ShouldContain(p => p.StartsWith($"{folder}/main.bicep:12:7: Error no-unused-params: ", StringComparison.Ordinal));
        problems.ShouldContain(p => p.StartsWith($"{folder}/main.bicepparam:5:1: Error BCP259: ", StringComparison.Ordinal));
        problems.ShouldContain(p => p.StartsWith($"{folder}/modules/broken.bicep:5:9: Error BCP009: ", StringComparison.Ordinal));
    }

    // The CLI exits 0 when it finds only warnings; the gate still fails.
    [Fact]
    public void BuildAndLint_OnlyAStaleApiVersion_Fails()
    {
        using var dir = NewInfraFolder();
        using var output = new TemporaryDirectory();
        dir.Write("main.bicep", StaleServiceBus);

        var result = BicepGate.Check(dir.Path, output.Path);

        result.Problems.ShouldHaveSingleItem().ShouldContain("main.bicep:4:53: Warning use-recent-api-versions: Use more recent API version for 'Microsoft.ServiceBus/namespaces'");
    }

    [Fact]
    public void BuildAndLint_NoBicepFiles_FailsRatherThanPassingEmpty()
    {
        using var dir = new TemporaryDirectory();
        using var output = new TemporaryDirectory();

        BicepGate.Check(dir.Path, output.Path).Problems.ShouldHaveSingleItem().ShouldStartWith("no .bicep files under ");
    }

    // A scratch folder with infra/'s bicepconfig.json, so the linter applies the same rule levels.
    private static TemporaryDirectory NewInfraFolder()
    {
        var dir = new TemporaryDirectory();
        File.Copy(Path.Combine(RepoPaths.Infra, "bicepconfig.json"), Path.Combine(dir.Path, "bicepconfig.json"));
        return dir;
    }
}
