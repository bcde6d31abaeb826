using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Domain.Tests.Catalog;

/// <summary>
/// The vSphere host 1022's message names ("unable to connect to the vSphere host '%HostName;'"), taken only
/// when it is a DNS name or IP address, since alert steps put it into commands.
/// </summary>
public sealed class ClassificationHostNameTests
{
    [Theory]
    [InlineData("The Azure Migrate appliance is unable to connect to the vSphere host 'esx07.contoso.local'", "esx07.contoso.local")]
    [InlineData("The Azure Migrate appliance is unable to connect to the vSphere host \u2018esx07.contoso.local\u2019.", "esx07.contoso.local")]
    [InlineData("The Azure Migrate appliance is unable to connect to the vSphere host \"10.0.4.17\" on port 902", "10.0.4.17")]
    [InlineData("unable to connect to the VSPHERE HOST esx07", "esx07")]
    [InlineData("The Azure Migrate appliance is unable to connect to the vSphere host '%HostName;'", null)] // the documentation's placeholder
    [InlineData("The Azure Migrate appliance is unable to connect to the vSphere host 'esx07; Format-Volume'", null)]
    [InlineData("The Azure Migrate appliance is unable to connect to the vSphere host ''", null)]
    [InlineData("Host connection refused", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void HostName_1022Message_IsTheHostItNamesWhenValid(string? message, string? host) =>
        ErrorClassifier.Classify(new ErrorReport(ApplianceKind.AzureMigrateVMware, "1022", message, null)).HostName.ShouldBe(host);
}
