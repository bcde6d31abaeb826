using ReplOrchestrator.Domain.Probes;
using static ReplOrchestrator.Domain.Probes.ProbeKind;

namespace ReplOrchestrator.Domain.Tests.Probes;

public sealed class CloudTargetRulesTests
{
    private static readonly CloudProbeOptions s_public = new();

    [Theory]
    [InlineData(CloudStorageTcp, "migratelsa1329610309.blob.core.windows.net", 443)]
    [InlineData(CloudStorageDns, "migrategwsa1329610309.queue.core.windows.net", 443)]
    [InlineData(CloudStorageTcp, "MIGRATELSA1.BLOB.CORE.WINDOWS.NET.", 443)]
    [InlineData(CloudStorageTcp, "account.z5.blob.storage.azure.net", 443)]
    [InlineData(CloudServiceBusTcp, "migratelsa1329610309.servicebus.windows.net", 443)]
    [InlineData(CloudServiceBusTcp, "migratelsa1329610309.servicebus.windows.net", 5671)]
    [InlineData(CloudServiceBusTcp, "migratelsa1329610309.servicebus.windows.net", 5672)]
    [InlineData(CloudKeyVaultTcp, "migratekv1329610309.vault.azure.net", 443)]
    [InlineData(CloudKeyVaultDns, "migratekv1329610309.vault.azure.net", 8443)]
    public void Refusal_EndpointOfGlobalAzure_IsPermitted(ProbeKind probe, string host, int port) =>
        CloudTargetRules.Refusal(new CloudProbeTarget(probe, host, port), s_public).ShouldBeNull();

    [Theory]
    [InlineData(AzureCloud.AzureUSGovernment, CloudStorageTcp, "migratelsa1.blob.core.usgovcloudapi.net")]
    [InlineData(AzureCloud.AzureUSGovernment, CloudServiceBusTcp, "migratelsa1.servicebus.usgovcloudapi.net")]
    [InlineData(AzureCloud.AzureUSGovernment, CloudKeyVaultTcp, "migratekv1.vault.usgovcloudapi.net")]
    [InlineData(AzureCloud.AzureChinaCloud, CloudStorageTcp, "migratelsa1.blob.core.chinacloudapi.cn")]
    [InlineData(AzureCloud.AzureChinaCloud, CloudServiceBusTcp, "migratelsa1.servicebus.chinacloudapi.cn")]
    [InlineData(AzureCloud.AzureChinaCloud, CloudKeyVaultTcp, "migratekv1.vault.azure.cn")]
    public void Refusal_EndpointOfTheConfiguredSovereignCloud_IsPermitted(AzureCloud cloud, ProbeKind probe, string host) =>
        CloudTargetRules.Refusal(new CloudProbeTarget(probe, host, 443), new CloudProbeOptions { Cloud = cloud }).ShouldBeNull();

    [Theory]
    [InlineData(CloudStorageTcp, "migratelsa1.blob.core.usgovcloudapi.net", 443, "is not a Storage endpoint of AzureCloud (*.core.windows.net or *.storage.azure.net)")]
    [InlineData(CloudStorageTcp, "127.0.0.1", 443, "127.0.0.1 is an IP address")]
    [InlineData(CloudStorageTcp, "::1", 443, "::1 is an IP address")]
    [InlineData(CloudStorageTcp, "localhost", 443, "localhost is not a Storage endpoint")]
    [InlineData(CloudStorageTcp, "core.windows.net", 443, "is not a Storage endpoint")]
    [InlineData(CloudStorageTcp, "evilcore.windows.net", 443, "is not a Storage endpoint")]
    [InlineData(CloudStorageTcp, "core.windows.net.evil.example", 443, "is not a Storage endpoint")]
    [InlineData(CloudKeyVaultTcp, "migratelsa1.blob.core.windows.net", 443, "is not a KeyVault endpoint of AzureCloud (*.vault.azure.net)")]
    [InlineData(CloudStorageTcp, "migratelsa1.blob.core.windows.net", 22, "port 22 is not one a replication appliance uses for Storage (443)")]
    [InlineData(CloudKeyVaultTcp, "migratekv1.vault.azure.net", 5671, "port 5671 is not one a replication appliance uses for KeyVault (443)")]
    [InlineData(CloudServiceBusTcp, "migratelsa1.servicebus.windows.net", 6379, "(443, 5671, 5672)")]
    public void Refusal_TargetNoApplianceUses_SaysWhy(ProbeKind probe, string host, int port, string reason) =>
        CloudTargetRules.Refusal(new CloudProbeTarget(probe, host, port), s_public).ShouldNotBeNull().ShouldContain(reason);

    [Theory]
    [InlineData("storage.contoso.example", "storage.contoso.example")]
    [InlineData("Storage.Contoso.Example.", "storage.contoso.example")]
    [InlineData("*.contoso.example", "a.storage.contoso.example")]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("127.0.0.1", "127.0.0.1")]
    public void Refusal_HostInTheAllowList_IsPermittedByName(string allowed, string host) =>
        CloudTargetRules.Refusal(new CloudProbeTarget(CloudStorageTcp, host, 443), new CloudProbeOptions { AllowedHosts = [allowed] }).ShouldBeNull();

    [Theory]
    [InlineData("*.contoso.example", "contoso.example")]
    [InlineData("*.contoso.example", "a.contoso.example.evil")]
    [InlineData("storage.contoso.example", "a.storage.contoso.example")]
    public void Refusal_HostTheAllowListDoesNotCover_IsRefused(string allowed, string host) =>
        CloudTargetRules.Refusal(new CloudProbeTarget(CloudStorageTcp, host, 443), new CloudProbeOptions { AllowedHosts = [allowed] }).ShouldNotBeNull();

    [Fact]
    public void Refusal_AllowListedHostOnAnotherPort_IsStillRefused() =>
        CloudTargetRules.Refusal(new CloudProbeTarget(CloudStorageTcp, "127.0.0.1", 22), new CloudProbeOptions { AllowedHosts = ["127.0.0.1"] })
            .ShouldNotBeNull().ShouldStartWith("port 22");

    [Theory]
    [InlineData("storage.contoso.example")]
    [InlineData("*.contoso.example")]
    [InlineData("203.0.113.7")]
    [InlineData("2001:db8::7")]
    public void Validate_AllowListEntries_AreAccepted(string entry) =>
        new CloudProbeOptions { AllowedHosts = [entry] }.Validate().ShouldBeEmpty();

    [Theory]
    [InlineData("")]
    [InlineData("*")]
    [InlineData("*.")]
    [InlineData("host:443")]
    [InlineData("https://storage.contoso.example")]
    [InlineData("a b")]
    public void Validate_AllowListEntryThatIsNoHost_IsAProblem(string entry) =>
        new CloudProbeOptions { AllowedHosts = ["ok.example", entry] }.Validate().ShouldHaveSingleItem().ShouldStartWith("AllowedHosts:1");

    [Fact]
    public void Validate_UnknownCloud_IsAProblem() =>
        new CloudProbeOptions { Cloud = (AzureCloud)7 }.Validate().ShouldHaveSingleItem().ShouldStartWith("Cloud must be one of AzureCloud, AzureUSGovernment, AzureChinaCloud");
}
