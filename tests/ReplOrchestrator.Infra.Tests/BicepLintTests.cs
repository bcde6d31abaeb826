using ReplOrchestrator.Infra.Tests.Support;

namespace ReplOrchestrator.Infra.Tests;

/// <summary>The tree-sitter syntax gate (tools/bicep-lint), run as CI runs it.</summary>
public sealed class BicepLintTests
{
    [Fact]
    public void Lint_CommittedInfra_ParsesEveryFile()
    {
        var result = RunLint("infra");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.StandardOutput.ShouldContain($"{Directory.GetFiles(RepoPaths.Infra, "*.bicep", SearchOption.AllDirectories).Length} file(s), 0 problem(s)");
    }

    [Fact]
    public void Lint_BrokenFiles_FailNamingFileLineAndColumnOfEachProblem()
    {
        using var dir = new TemporaryDirectory();
        dir.Write("good.bicep", "param name string\n");
        dir.Write("modules/broken.bicep", """
            param name string

            resource st 'Microsoft.Storage/storageAccounts@2025-06-01' = {
              name: name
              properties: {
                allowSharedKeyAccess: = false
              }
            }
            """);
        dir.Write("unclosed.bicep", "output x string = concat('a', 'b'\n");

        var result = RunLint(dir.Path);

        result.ExitCode.ShouldBe(1, result.ToString());
        result.StandardError.ShouldContain(Path.Combine(dir.Path, "modules", "broken.bicep") + ":6:27: syntax error");
        result.StandardError.ShouldContain(Path.Combine(dir.Path, "unclosed.bicep") + ":1:34: missing )");
        result.StandardOutput.ShouldContain("3 file(s), 2 problem(s)");
    }

    [Fact]
    public void Lint_NoBicepFiles_FailsRatherThanPassingEmpty()
    {
        using var dir = new TemporaryDirectory();

        RunLint(dir.Path).ExitCode.ShouldBe(2);
    }

    private static ProcessResult RunLint(string target)
    {
        if (!Directory.Exists(Path.Combine(RepoPaths.BicepLint, "node_modules", "tree-sitter-bicep")))
        {
            Assert.Fail("tools/bicep-lint/node_modules is missing: run npm ci --prefix tools/bicep-lint");
        }

        return ProcessRunner.Run("node", [Path.Combine(RepoPaths.BicepLint, "lint.js"), target], RepoPaths.Root);
    }
}
