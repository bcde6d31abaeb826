using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReplOrchestrator.Api.Security;

namespace ReplOrchestrator.Api.Tests.Security;

public sealed class ConfiguredKeysTests
{
    private const string Strong = "0f3c9a7e5b1d2c4a6e8f0b1c3d5e7f9a";

    [Fact]
    public void WeakKeyPaths_ShortKeysOfEveryKind_AreNamedByPath()
    {
        var configuration = Configure(new()
        {
            ["Repl:Appliances:0:Id"] = "appl-a",
            ["Repl:Appliances:0:Key"] = Strong,
            ["Repl:Appliances:1:Id"] = "appl-b",
            ["Repl:Appliances:1:Key"] = "key-of-b",
            ["Repl:ApiKeys:0"] = "reader-1",
            ["Repl:ApiKeys:1"] = Strong,
            ["Repl:OperatorKeys:0"] = "0f3c9a7e5b1d2c4a6e8f0b1c3d5e7f9",
        });

        ConfiguredKeys.WeakKeyPaths(configuration).ShouldBe(["Repl:Appliances:1:Key", "Repl:ApiKeys:0", "Repl:OperatorKeys:0"]);
    }

    [Fact]
    public void WeakKeyPaths_EmptyEntry_IsNoKeyRatherThanAWeakOne() =>
        ConfiguredKeys.WeakKeyPaths(Configure(new() { ["Repl:ApiKeys:0"] = "", ["Repl:OperatorKeys:0"] = Strong })).ShouldBeEmpty();

    [Fact]
    public void AddReplOrchestratorApi_ShortKey_StopsTheHostWithOneLineThatNeverShowsTheKey()
    {
        var configuration = Configure(new() { ["Repl:OperatorKeys:0"] = "letmein", ["Repl:ApiKeys:0"] = Strong });

        var error = Should.Throw<ArgumentException>(() => new ServiceCollection().AddReplOrchestratorApi(configuration));

        error.Message.ShouldStartWith("Too short to be a key: Repl:OperatorKeys:0; every key needs 128 bits: at least 32 hexadecimal characters");
        error.Message.ShouldNotContain("letmein");
        error.Message.ShouldNotContain("\n");
    }

    [Fact]
    public void AddReplOrchestratorApi_StrongKeys_Registers() =>
        Should.NotThrow(() => new ServiceCollection().AddReplOrchestratorApi(Configure(new() { ["Repl:OperatorKeys:0"] = Strong })));

    private static IConfiguration Configure(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
