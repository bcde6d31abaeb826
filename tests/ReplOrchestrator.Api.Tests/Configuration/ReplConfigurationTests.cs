using Microsoft.Extensions.Configuration;
using ReplOrchestrator.Api.Configuration;

namespace ReplOrchestrator.Api.Tests.Configuration;

public sealed class ReplConfigurationTests
{
    [Fact]
    public void WorkflowOptions_EnvironmentStyleKeys_OverrideOnlyWhatTheyName()
    {
        var configuration = Configure(new()
        {
            ["Repl:Cycle:UploadStallTimeout"] = "00:10:00",
            ["Repl:Appliance:HeartbeatTimeout"] = "00:03:00",
            ["Repl:Monitoring:AutoResumeSuspendedReplication"] = "true",
        });

        var options = ReplConfiguration.WorkflowOptions(configuration);

        options.Cycle.UploadStallTimeout.ShouldBe(TimeSpan.FromMinutes(10));
        options.Cycle.SnapshotTimeout.ShouldBe(new ReplOrchestrator.Domain.Cycles.CycleOptions().SnapshotTimeout);
        options.Appliance.HeartbeatTimeout.ShouldBe(TimeSpan.FromMinutes(3));
        options.Monitoring.AutoResumeSuspendedReplication.ShouldBeTrue();
    }

    [Fact]
    public void WorkflowOptions_OutOfRangeValue_FailsNamingIt()
    {
        var error = Should.Throw<ArgumentException>(() => ReplConfiguration.WorkflowOptions(Configure(new() { ["Repl:Cycle:SnapshotTimeout"] = "00:00:00" })));

        error.Message.ShouldContain("SnapshotTimeout");
    }

    [Fact]
    public void WorkflowOptions_MisspelledKey_FailsRatherThanBeingIgnored() =>
        Should.Throw<InvalidOperationException>(() => ReplConfiguration.WorkflowOptions(Configure(new() { ["Repl:Cycle:SnapshotTimout"] = "00:10:00" })))
            .Message.ShouldContain("SnapshotTimout");

    [Fact]
    public void HeartbeatLimits_Defaults_AreTheContractsLimits()
    {
        var limits = ReplConfiguration.HeartbeatLimits(Configure([]));

        limits.MaxBodyBytes.ShouldBe(1024 * 1024);
        limits.MaxVms.ShouldBe(1000);
        limits.MaxDisksPerVm.ShouldBe(64);
        limits.MaxEvents.ShouldBe(500);
    }

    [Fact]
    public void CloudProbes_Defaults_ReachGlobalAzureOnly()
    {
        var options = ReplConfiguration.CloudProbeOptions(Configure([]));

        (options.Cloud, options.AllowedHosts.Count).ShouldBe((ReplOrchestrator.Domain.Probes.AzureCloud.AzureCloud, 0));
    }

    [Fact]
    public void CloudProbes_SovereignCloudAndAllowList_AreRead()
    {
        var options = ReplConfiguration.CloudProbeOptions(Configure(new()
        {
            ["Repl:CloudProbes:Cloud"] = "AzureUSGovernment",
            ["Repl:CloudProbes:AllowedHosts:0"] = "*.contoso.example",
            ["Repl:CloudProbes:AllowedHosts:1"] = "203.0.113.7",
        }));

        options.Cloud.ShouldBe(ReplOrchestrator.Domain.Probes.AzureCloud.AzureUSGovernment);
        options.AllowedHosts.ShouldBe(["*.contoso.example", "203.0.113.7"]);
    }

    [Fact]
    public void CloudProbes_AllowListEntryThatIsNoHost_FailsNamingIt() =>
        Should.Throw<ArgumentException>(() => ReplConfiguration.CloudProbeOptions(Configure(new() { ["Repl:CloudProbes:AllowedHosts:0"] = "https://x.example" })))
            .Message.ShouldContain("AllowedHosts:0");

    [Fact]
    public void CloudProbes_UnknownCloudName_Fails() =>
        Should.Throw<InvalidOperationException>(() => ReplConfiguration.CloudProbeOptions(Configure(new() { ["Repl:CloudProbes:Cloud"] = "AzureGermanCloud" })));

    private static IConfiguration Configure(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
