using System.Runtime.Versioning;
using ReplOrchestrator.Agent.Tests.Support;

namespace ReplOrchestrator.Agent.Tests.Configuration;

/// <summary>Bad configuration stops the real process with one line on stderr and exit code 1.</summary>
public sealed class AgentProcessConfigurationTests
{
    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task KeyFileReadableByOthers_IsRefusedInOneLine_ExitCode1_WithoutTheKey()
    {
        using var setup = new AgentSetup(new Uri("http://127.0.0.1:9/"));
        File.SetUnixFileMode(setup.KeyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);

        var (exitCode, stdout, stderr) = await AgentProcess.RunToExitAsync(setup.ConfigFile);

        exitCode.ShouldBe(1);
        stdout.ShouldBeEmpty();
        stderr.TrimEnd('\n').ShouldNotContain('\n');
        stderr.ShouldStartWith($"repl-agent: key file {setup.KeyFile}: readable by group or others (mode 604)");
        stderr.ShouldNotContain(LocalServer.Key);
        Directory.EnumerateFileSystemEntries(setup.StateDirectory).ShouldBeEmpty("nothing runs, nothing changes");
    }

    [Theory]
    [InlineData("kind", "VMware", "Failed to convert configuration value 'VMware' at 'Kind'")]
    [InlineData("applianceId", "appl/01", "applianceId: 'appl/01' may contain only letters, digits, '.', '_' and '-'")]
    [InlineData("serverUrl", "http://repl.contoso.com/", "serverUrl: 'repl.contoso.com' is not loopback, so it must use https")]
    [InlineData("interval", "00:30:00", "interval: 00:30:00 is outside 00:00:00.1 to 00:15:00")]
    public async Task BadSetting_IsNamedInOneLine_ExitCode1(string key, string value, string expected)
    {
        using var setup = new AgentSetup(new Uri("http://127.0.0.1:9/"));
        setup.Settings[key] = value;
        setup.Write();

        var (exitCode, _, stderr) = await AgentProcess.RunToExitAsync(setup.ConfigFile);

        exitCode.ShouldBe(1);
        stderr.TrimEnd('\n').ShouldNotContain('\n');
        stderr.ShouldContain(expected);
    }

    [Fact]
    public async Task MissingFile_IsNamed_ExitCode1()
    {
        var (exitCode, _, stderr) = await AgentProcess.RunToExitAsync("/nonexistent/agent.json");

        exitCode.ShouldBe(1);
        stderr.ShouldBe("repl-agent: /nonexistent/agent.json: no such configuration file\n");
    }
}
