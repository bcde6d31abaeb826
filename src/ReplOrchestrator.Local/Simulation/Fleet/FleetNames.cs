using System.Globalization;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Local.Simulation.Fleet;

/// <summary>
/// Names and sizes for a simulated fleet that look like a real estate: <c>sql01</c> on
/// <c>esx03.contoso.local</c>, a cache storage account <c>migratelsa1329610309</c>, a 127 GiB VHDX.
/// </summary>
/// <remarks>Every choice comes from one seeded generator, so a seed always names the same fleet.</remarks>
internal sealed class FleetNames(int seed)
{
    private const string Domain = "contoso.local";
    private const long GiB = 1024L * 1024 * 1024;

    private static readonly string[] s_workloads = ["sql", "web", "app", "file", "erp", "crm", "dc", "mail", "build", "bi", "print", "jump", "log", "git", "hr"];
    private static readonly int[] s_vmwareDiskGiB = [40, 60, 80, 100, 128, 200, 256, 500, 1024];

    // 127 GB is the size Hyper-V gives a new dynamically expanding VHDX.
    private static readonly int[] s_hyperVDiskGiB = [40, 60, 127, 127, 200, 256, 500];

    private readonly Random _random = new(seed);
    private readonly Dictionary<string, int> _workloadCounts = new(StringComparer.Ordinal);
    private int _esxiHosts;
    private int _vcenters;

    /// <summary>An Azure Migrate appliance with its project's Azure endpoints, a vCenter and two to four ESXi hosts.</summary>
    public ApplianceProfile AzureMigrateAppliance()
    {
        // The Migrate project's resources share the Key Vault's numeric suffix (migratekv…, migratelsa…).
        var suffix = _random.NextInt64(1_000_000_000, 10_000_000_000).ToString(CultureInfo.InvariantCulture);
        var vcenter = $"vcsa{Number(++_vcenters)}.{Domain}";
        var hosts = Enumerable.Range(0, 2 + _random.Next(3)).Select(_ => $"esx{Number(++_esxiHosts)}.{Domain}").ToList();
        return new ApplianceProfile(
            ApplianceKind.AzureMigrateVMware,
            "Azure Migrate appliance",
            [new ServiceStatus(ServiceStatus.Gateway, ServiceState.Running)],
            [
                new ApplianceEndpoint(EndpointRole.Storage, $"migratelsa{suffix}.blob.core.windows.net", 443),
                new ApplianceEndpoint(EndpointRole.ServiceBus, $"migratelsa{suffix}.servicebus.windows.net", 443),
                new ApplianceEndpoint(EndpointRole.KeyVault, $"migratekv{suffix}.vault.azure.net", 443),
                new ApplianceEndpoint(EndpointRole.VCenter, vcenter, 443),
            ],
            hosts,
            null);
    }

    /// <summary>The Hyper-V Replica primary server, <see cref="HyperVHostNames.Primary"/>.</summary>
    public static ApplianceProfile HyperVPrimary() =>
        HyperVHost("Hyper-V Replica primary host", HyperVHostNames.Primary, HyperVHostNames.Replica);

    /// <summary>The Hyper-V Replica replica server, <see cref="HyperVHostNames.Replica"/>.</summary>
    public static ApplianceProfile HyperVReplica() =>
        HyperVHost("Hyper-V Replica replica host", HyperVHostNames.Replica, HyperVHostNames.Primary);

    /// <summary>The <paramref name="index"/>th VM of <paramref name="appliance"/>, with a name unique in the fleet.</summary>
    /// <param name="appliance">The appliance that replicates the VM.</param>
    /// <param name="index">The VM's position on the appliance; VMs are spread over the appliance's hosts by it.</param>
    /// <param name="frequencySeconds">The Hyper-V Replica frequency to report; ignored for VMware.</param>
    public VmIdentity Vm(ApplianceProfile appliance, int index, int frequencySeconds)
    {
        var workload = s_workloads[_random.Next(s_workloads.Length)];
        var count = _workloadCounts[workload] = _workloadCounts.GetValueOrDefault(workload) + 1;
        var name = workload + Number(count);
        var host = appliance.Hosts[index % appliance.Hosts.Count];

        if (appliance.Kind == ApplianceKind.HyperVReplica)
        {
            return new VmIdentity(VmGuid(), name, host, Disks(1 + _random.Next(2), s_hyperVDiskGiB), frequencySeconds);
        }

        return new VmIdentity("vm-" + name, name, host, Disks(1 + _random.Next(3), s_vmwareDiskGiB), null);
    }

    private static ApplianceProfile HyperVHost(string role, string host, string partner) => new(
        ApplianceKind.HyperVReplica,
        role,
        [new ServiceStatus(ServiceStatus.HyperVManagement, ServiceState.Running)],
        [],
        [host],
        partner);

    private List<DiskSpec> Disks(int count, int[] sizesGiB) =>
    [
        .. Enumerable.Range(0, count).Select(i =>
            new DiskSpec("disk-" + i.ToString(CultureInfo.InvariantCulture), sizesGiB[_random.Next(sizesGiB.Length)] * GiB)),
    ];

    // Hyper-V names VMs by GUID in its events; upper case as the event messages print it.
    private string VmGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes).ToString("D").ToUpperInvariant();
    }

    private static string Number(int n) => n.ToString("00", CultureInfo.InvariantCulture);
}
