using System.IO.Compression;
using ReplOrchestrator.Infra.Tests.Support;

namespace ReplOrchestrator.Infra.Tests;

/// <summary>
/// infra/deploy.sh against a stand-in <c>az</c> that records its calls: the order of the steps, the
/// arguments the real CLI would get, the checks that stop it before Azure is touched, and the retry.
/// </summary>
public sealed class DeployScriptTests : IDisposable
{
    private const string FakeAz = """
        #!/usr/bin/env bash
        printf '%s\n' "az $*" >> "$AZ_LOG"
        case "$1 $2 $3" in
          "account show "*) ;;
          "group exists "*) echo "${AZ_GROUP_EXISTS:-false}" ;;
          "group show "*) echo "${AZ_GROUP_LOCATION:-westeurope}" ;;
          "group create "*) ;;
          "deployment group create" | "deployment group what-if") ;;
          "deployment group show")
            case "$*" in
              *functionAppName.value*) echo "func-test" ;;
              *functionAppHostName.value*) echo "func-test.azurewebsites.net" ;;
            esac ;;
          "functionapp deployment source")
            n=$(( $(cat "$AZ_LOG.uploads" 2> /dev/null || echo 0) + 1 ))
            echo "$n" > "$AZ_LOG.uploads"
            [ "$n" -gt "${AZ_UPLOAD_FAILURES:-0}" ] || { echo "simulated upload failure" >&2; exit 1; } ;;
          *) echo "unexpected az call: $*" >&2; exit 64 ;;
        esac
        """;

    private readonly TemporaryDirectory _dir = new();
    private readonly string _log;
    private readonly string _package;

    public DeployScriptTests()
    {
        var az = _dir.Write("bin/az", FakeAz);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(az, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        _log = Path.Combine(_dir.Path, "az.log");
        _package = Path.Combine(_dir.Path, "functionapp.zip");
        using var zip = ZipFile.Open(_package, ZipArchiveMode.Create);
        using var writer = new StreamWriter(zip.CreateEntry("host.json").Open());
        writer.Write("{ \"version\": \"2.0\" }");
    }

    [Fact]
    public void Deploy_NoResourceGroup_FailsWithOneLineErrorBeforeCallingAzure()
    {
        var result = Deploy([]);

        result.ExitCode.ShouldBe(1);
        result.StandardError.ShouldBe("deploy.sh: no resource group: pass -g <name> or set REPL_RESOURCE_GROUP\n");
        AzCalls().ShouldBeEmpty();
    }

    [Fact]
    public void Deploy_MissingPackage_FailsBeforeCallingAzure()
    {
        var result = Deploy(["-g", "rg-test", "-l", "westeurope", "-z", Path.Combine(_dir.Path, "absent.zip")]);

        result.ExitCode.ShouldBe(1);
        result.StandardError.ShouldStartWith("deploy.sh: package not found or empty: ");
        AzCalls().ShouldBeEmpty();
    }

    [Fact]
    public void Deploy_NewGroup_CreatesItThenDeploysTemplateThenPackageAndPrintsTheApp()
    {
        var result = Deploy(["-g", "rg-test", "-l", "westeurope", "-z", _package]);

        result.ExitCode.ShouldBe(0, result.ToString());
        var calls = AzCalls();
        calls.Select(c => string.Join(' ', c.Split(' ').Take(4))).ShouldBe(
        [
            "az account show --output",
            "az group exists --name",
            "az group create --name",
            "az deployment group create",
            "az deployment group show",
            "az deployment group show",
            "az functionapp deployment source",
        ]);
        calls[2].ShouldBe("az group create --name rg-test --location westeurope --tags application=ReplOrchestrator --output none");
        calls[3].ShouldContain($"--resource-group rg-test --name replorchestrator-");
        calls[3].ShouldEndWith($"--template-file {Path.Combine(RepoPaths.Infra, "main.bicep")} --parameters {Path.Combine(RepoPaths.Infra, "main.bicepparam")} --output none");
        calls[6].ShouldBe($"az functionapp deployment source config-zip --resource-group rg-test --name func-test --src {_package} --output none");
        result.StandardOutput.ShouldEndWith("function app: func-test\nhostname:     https://func-test.azurewebsites.net\n");
    }

    [Fact]
    public void Deploy_ExistingGroupInAnotherRegion_FailsBeforeDeploying()
    {
        var result = Deploy(["-g", "rg-test", "-l", "eastus", "-z", _package], new() { ["AZ_GROUP_EXISTS"] = "true" });

        result.ExitCode.ShouldBe(1);
        result.StandardError.ShouldBe("deploy.sh: resource group rg-test is in westeurope, not eastus\n");
        AzCalls().ShouldNotContain(c => c.StartsWith("az deployment", StringComparison.Ordinal));
    }

    [Fact]
    public void Deploy_UploadFailsOnce_RetriesAndSucceeds()
    {
        var result = Deploy(["-g", "rg-test", "-z", _package], new() { ["AZ_GROUP_EXISTS"] = "true", ["AZ_UPLOAD_FAILURES"] = "1" });

        result.ExitCode.ShouldBe(0, result.ToString());
        AzCalls().Count(c => c.Contains("config-zip", StringComparison.Ordinal)).ShouldBe(2);
        result.StandardOutput.ShouldContain("attempt 1 failed");
    }

    [Fact]
    public void Deploy_UploadKeepsFailing_GivesUpAfterThreeAttempts()
    {
        var result = Deploy(["-g", "rg-test", "-z", _package], new() { ["AZ_GROUP_EXISTS"] = "true", ["AZ_UPLOAD_FAILURES"] = "9" });

        result.ExitCode.ShouldBe(1);
        result.StandardError.ShouldEndWith("deploy.sh: package deployment to func-test failed after 3 attempts\n");
        AzCalls().Count(c => c.Contains("config-zip", StringComparison.Ordinal)).ShouldBe(3);
    }

    [Fact]
    public void Deploy_WhatIf_PreviewsWithoutDeployingAnything()
    {
        var result = Deploy(["-g", "rg-test", "--what-if", "-z", Path.Combine(_dir.Path, "absent.zip")], new() { ["AZ_GROUP_EXISTS"] = "true" });

        result.ExitCode.ShouldBe(0, result.ToString());
        AzCalls().ShouldContain(c => c.StartsWith("az deployment group what-if --resource-group rg-test", StringComparison.Ordinal));
        AzCalls().ShouldNotContain(c => c.Contains(" create ", StringComparison.Ordinal) || c.Contains("config-zip", StringComparison.Ordinal));
    }

    public void Dispose() => _dir.Dispose();

    private ProcessResult Deploy(string[] arguments, Dictionary<string, string>? environment = null)
    {
        var env = new Dictionary<string, string>(environment ?? [])
        {
            ["PATH"] = $"{Path.Combine(_dir.Path, "bin")}:{Environment.GetEnvironmentVariable("PATH")}",
            ["AZ_LOG"] = _log,
            ["REPL_DEPLOY_RETRY_SECONDS"] = "0",
            ["REPL_RESOURCE_GROUP"] = "",
            ["REPL_LOCATION"] = "",
            ["REPL_PARAMETERS"] = "",
            ["REPL_PACKAGE"] = "",
        };
        return ProcessRunner.Run("bash", [RepoPaths.DeployScript, .. arguments], _dir.Path, env);
    }

    private List<string> AzCalls() => File.Exists(_log) ? [.. File.ReadAllLines(_log)] : [];
}
