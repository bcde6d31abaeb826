using Microsoft.Extensions.Configuration;
using ReplOrchestrator.Api.Security;

namespace ReplOrchestrator.Api.Tests.Security;

public sealed class ReservedApplianceIdsTests
{
    [Fact]
    public void ThrowIfAnyTaken_AnApplianceNamedLikeAVault_StopsTheHostNamingItsPath()
    {
        var configuration = Configuration(("Repl:Appliances:0:Id", "appl-01"), ("Repl:Appliances:1:Id", "arm-vault-contoso"));

        var error = Should.Throw<ArgumentException>(() => ReservedApplianceIds.ThrowIfAnyTaken(configuration));

        error.Message.ShouldBe("Reserved for vaults watched through Azure Resource Manager: Repl:Appliances:1:Id; appliance ids must not start with 'arm-'.");
    }

    [Fact]
    public void ThrowIfAnyTaken_OrdinaryIds_AreAccepted() =>
        Should.NotThrow(() => ReservedApplianceIds.ThrowIfAnyTaken(Configuration(("Repl:Appliances:0:Id", "appl-01"), ("Repl:Appliances:1:Id", "farm-02"))));

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
