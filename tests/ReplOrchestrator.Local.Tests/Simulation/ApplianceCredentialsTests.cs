using Microsoft.Extensions.Configuration;

namespace ReplOrchestrator.Local.Tests.Simulation;

public sealed class ApplianceCredentialsTests
{
    [Fact]
    public void Read_TheServersList_InListOrder()
    {
        var configuration = Configuration(new()
        {
            ["Repl:Appliances:0:Id"] = "appl-contoso-01", ["Repl:Appliances:0:Key"] = "k0",
            ["Repl:Appliances:1:Id"] = "appl-contoso-02", ["Repl:Appliances:1:Key"] = "k1",
            ["Repl:Appliances:10:Id"] = "appl-contoso-11", ["Repl:Appliances:10:Key"] = "k10",
        });

        var credentials = ApplianceCredentials.Read(configuration, out var problems);

        problems.ShouldBeEmpty();
        credentials.Select(c => c.Id).ShouldBe(["appl-contoso-01", "appl-contoso-02", "appl-contoso-11"]);
        credentials[2].Key.ShouldBe("k10");
    }

    [Fact]
    public void Read_UnusableEntries_AreNamedWithoutTheirKeys()
    {
        var configuration = Configuration(new()
        {
            ["Repl:Appliances:0:Id"] = "appl 01", ["Repl:Appliances:0:Key"] = "secret-a",
            ["Repl:Appliances:1:Id"] = "appl-02",
            ["Repl:Appliances:2:Id"] = "appl-03", ["Repl:Appliances:2:Key"] = "secret-b",
            ["Repl:Appliances:3:Id"] = "appl-03", ["Repl:Appliances:3:Key"] = "secret-c",
            ["Repl:Appliances:4:Id"] = "appl-04", ["Repl:Appliances:4:Key"] = "secret d\n",
        });

        var credentials = ApplianceCredentials.Read(configuration, out var problems);

        credentials.ShouldHaveSingleItem().Id.ShouldBe("appl-03");
        problems.ShouldBe(
        [
            "Repl:Appliances:0:Id 'appl 01' may contain only letters, digits, '.', '_' and '-'.",
            "Repl:Appliances:1:Key is missing for appliance 'appl-02'.",
            "Repl:Appliances:3:Id 'appl-03' is listed twice.",
            "Repl:Appliances:4:Key of appliance 'appl-04' has characters an HTTP header cannot carry (only visible ASCII).",
        ]);
        problems.ShouldAllBe(p => !p.Contains("secret", StringComparison.Ordinal));
    }

    [Fact]
    public void ToString_ShowsTheIdButNeverTheKey() =>
        $"{new ApplianceCredential("appl-01", "super-secret")}".ShouldBe("ApplianceCredential { Id = appl-01 }");

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
