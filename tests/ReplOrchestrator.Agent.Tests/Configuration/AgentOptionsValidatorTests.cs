using ReplOrchestrator.Agent.Configuration;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Agent.Tests.Configuration;

/// <summary>Each rule of the configuration, one line per problem, naming its key.</summary>
public sealed class AgentOptionsValidatorTests
{
    [Fact]
    public void Validate_AGoodFile_HasNoProblems_AndGetsThePlatformDefaults()
    {
        var options = Valid();

        AgentOptionsValidator.Validate(options, onWindows: false).ShouldBeEmpty();
        (options.Host.Source, options.Host.Services.Single()).ShouldBe((HostSource.Recorded, "vmms"));
    }

    [Theory]
    [InlineData("keyCredential", "keyFile, keyCredential: set exactly one")]
    [InlineData("keyCredentialOnly", "keyCredential: the Windows credential store exists only on Windows; use keyFile")]
    [InlineData("endpoint", "probes.endpoints[0].host: 'not a host' is not a DNS name or IP address")]
    [InlineData("esxi", "probes.esxiHosts[0]: '' is not a DNS name or IP address")]
    [InlineData("timeout", "probes.timeout: 00:10:00 is outside 00:00:00.05 to 00:02:00")]
    [InlineData("windowsSource", "host.source: Windows reads the live Windows host")]
    [InlineData("kind", "kind: is required")]
    public void Validate_OneBrokenRule_IsOneLineNamingTheKey(string broken, string expected)
    {
        var options = Valid();
        switch (broken)
        {
            case "keyCredential": options.KeyCredential = "ReplOrchestrator/appl-01"; break;
            case "keyCredentialOnly": (options.KeyFile, options.KeyCredential) = (null, "ReplOrchestrator/appl-01"); break;
            case "endpoint": options.Probes.Endpoints.Add(new EndpointOptions { Role = EndpointRole.Storage, Host = "not a host" }); break;
            case "esxi": options.Probes.EsxiHosts.Add(""); break;
            case "timeout": options.Probes.Timeout = TimeSpan.FromMinutes(10); break;
            case "windowsSource": options.Host.Source = HostSource.Windows; break;
            case "kind": options.Kind = null; break;
        }

        var problem = AgentOptionsValidator.Validate(options, onWindows: false).ShouldHaveSingleItem();

        problem.ShouldStartWith(expected);
        problem.ShouldNotContain('\n');
    }

    private static AgentOptions Valid() => new()
    {
        ServerUrl = new Uri("https://repl.contoso.com/"),
        ApplianceId = "hv01",
        KeyFile = "/etc/repl-agent/appliance.key",
        Kind = ApplianceKind.HyperVReplica,
        StateDirectory = "/var/lib/repl-agent",
        Host = new HostSourceOptions { RecordedDirectory = "/var/lib/repl-agent/host" },
    };
}
