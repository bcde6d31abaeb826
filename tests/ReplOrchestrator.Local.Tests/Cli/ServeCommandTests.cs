using Microsoft.AspNetCore.Builder;
using ReplOrchestrator.Local.Cli;
using ReplOrchestrator.Local.Demo;
using ReplOrchestrator.Local.Hosting;
using ReplOrchestrator.TestUtilities;

namespace ReplOrchestrator.Local.Tests.Cli;

/// <summary><c>serve</c> in process: settings it must refuse before it listens.</summary>
public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("Repl:ApiKeys:0", "reader-1")]
    [InlineData("Repl:OperatorKeys:0", "0123456789abcdef")]
    [InlineData("Repl:Appliances:0:Key", "key-of-a")]
    public async Task RunAsync_KeyShorterThan128Bits_StopsWithOneLineNamingIt(string setting, string key)
    {
        using var data = new TemporaryDirectory();
        var settings = new Dictionary<string, string?> { ["Repl:Appliances:0:Id"] = "appl-a", [setting] = key };
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await ServeCommand.RunAsync(
            new LocalHostOptions { Urls = "http://127.0.0.1:0", DataDirectory = data.Path, Settings = settings }, output, error, CancellationToken.None);

        exitCode.ShouldBe(1);
        var line = error.ToString().TrimEnd();
        line.ShouldNotContain("\n");
        line.ShouldStartWith($"error: Too short to be a key: {setting}; every key needs 128 bits");
        line.ShouldNotContain(key);
    }

    [Fact]
    public async Task Build_TheDemosGeneratedKeys_AreLongEnough()
    {
        using var data = new TemporaryDirectory();
        var (appliances, operatorKey) = DemoSettings.Credentials();

        await using WebApplication app = LocalHost.Build(new LocalHostOptions { Urls = "http://127.0.0.1:0", DataDirectory = data.Path, Settings = DemoSettings.Server(appliances, operatorKey) });

        app.ShouldNotBeNull();
    }
}
