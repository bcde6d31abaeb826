using Microsoft.Extensions.Configuration;
using ReplOrchestrator.Api.Arm;
using ReplOrchestrator.Api.Configuration;

namespace ReplOrchestrator.Api.Tests.Arm;

public sealed class ArmOptionsTests
{
    private const string Vault = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.RecoveryServices/vaults/vault-a";

    [Fact]
    public void ArmOptions_NoSection_IsOffWithFiveMinutePolls()
    {
        var options = ReplConfiguration.ArmOptions(new ConfigurationBuilder().Build());

        options.IsEnabled.ShouldBeFalse();
        options.PollInterval.ShouldBe(TimeSpan.FromMinutes(5));
    }

    [Fact]
    public void ArmOptions_VaultsAndEndpoint_AreRead()
    {
        var options = ReplConfiguration.ArmOptions(Configure(new()
        {
            ["Repl:Arm:Vaults:0"] = Vault,
            ["Repl:Arm:PollInterval"] = "00:02:00",
            ["Repl:Arm:Endpoint"] = "https://management.usgovcloudapi.net",
            ["Repl:Arm:Audience"] = "https://management.usgovcloudapi.net",
        }));

        options.ParsedVaults().Single().ApplianceId.ShouldBe("arm-vault-a");
        options.PollInterval.ShouldBe(TimeSpan.FromMinutes(2));
    }

    [Theory]
    [InlineData("Repl:Arm:Vaults:0", "not-a-resource-id", "vault 'not-a-resource-id' is not a resource id")]
    [InlineData("Repl:Arm:Vaults:0", "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/sa", "must be a Microsoft.RecoveryServices/vaults resource id")]
    [InlineData("Repl:Arm:PollInterval", "00:00:10", "PollInterval")]
    [InlineData("Repl:Arm:Endpoint", "http://management.example", "Endpoint must be an absolute https URL")]
    public void ArmOptions_BadValue_FailsInOneLineNamingIt(string key, string value, string expected)
    {
        var error = Should.Throw<ArgumentException>(() => ReplConfiguration.ArmOptions(Configure(new() { [key] = value, ["Repl:Arm:Audience"] = "x" })));

        error.Message.ShouldContain(expected);
        error.Message.ShouldNotContain('\n');
    }

    [Fact]
    public void ArmOptions_LoopbackStandIn_MayBePolledEverySecond()
    {
        var options = ReplConfiguration.ArmOptions(Configure(new()
        {
            ["Repl:Arm:Vaults:0"] = Vault,
            ["Repl:Arm:PollInterval"] = "00:00:02",
            ["Repl:Arm:Endpoint"] = "https://127.0.0.1:44321/",
            ["Repl:Arm:Audience"] = "https://management.core.windows.net/",
        }));

        options.PollInterval.ShouldBe(TimeSpan.FromSeconds(2));
    }

    [Theory]
    [InlineData("https://management.usgovcloudapi.net", "00:00:02", "PollInterval must be between 00:01:00 and 01:00:00")]
    [InlineData("https://127.0.0.1:44321/", "00:00:00.5000000", "PollInterval must be between 00:00:01 and 01:00:00")]
    public void ArmOptions_PollFasterThanItsEndpointAllows_IsRefused(string endpoint, string interval, string expected)
    {
        var error = Should.Throw<ArgumentException>(() => ReplConfiguration.ArmOptions(Configure(new()
        {
            ["Repl:Arm:Vaults:0"] = Vault,
            ["Repl:Arm:PollInterval"] = interval,
            ["Repl:Arm:Endpoint"] = endpoint,
            ["Repl:Arm:Audience"] = endpoint,
        })));

        error.Message.ShouldContain(expected);
    }

    [Fact]
    public void ArmOptions_VaultIdsInOneSetting_AreAddedToTheList()
    {
        var options = ReplConfiguration.ArmOptions(Configure(new()
        {
            ["Repl:Arm:Vaults:0"] = Vault,
            ["Repl:Arm:VaultIds"] = $"{Vault}, {Vault.Replace("vault-a", "vault-b", StringComparison.Ordinal)}",
        }));

        options.ParsedVaults().Select(v => v.Name).ShouldBe(["vault-a", "vault-b"]);
    }

    [Fact]
    public void ArmOptions_SameVaultNameTwice_IsRefused()
    {
        var error = Should.Throw<ArgumentException>(() => ReplConfiguration.ArmOptions(Configure(new()
        {
            ["Repl:Arm:Vaults:0"] = Vault,
            ["Repl:Arm:Vaults:1"] = Vault.Replace("resourceGroups/rg", "resourceGroups/rg2", StringComparison.Ordinal),
        })));

        error.Message.ShouldContain("names vault 'vault-a' a second time");
    }

    private static IConfiguration Configure(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
