using Azure.ResourceManager;
using ReplOrchestrator.Api.Arm;
using ReplOrchestrator.Domain.Probes;
using ReplOrchestrator.Workflows.Ports;

namespace ReplOrchestrator.Local.Hosting;

/// <summary>How the local host runs.</summary>
internal sealed record LocalHostOptions
{
    /// <summary>The default address: loopback only, the Functions host's usual local port.</summary>
    public const string DefaultUrls = "http://127.0.0.1:7071";

    /// <summary>Where the API listens.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>Where the database and the alert journal live.</summary>
    public string DataDirectory { get; init; } = "./.repl";

    /// <summary>The clock; tests drive one.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Settings over appsettings and the environment (the demo's compressed timings, generated keys).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>
    /// Makes the cloud-side probes from the host's <c>Repl:CloudProbes</c> options; <see langword="null"/> probes with
    /// DNS and TCP from this machine. The demo and the tests answer from the simulation instead, off the network.
    /// </summary>
    public Func<CloudProbeOptions, ICloudProbe>? CloudProbe { get; init; }

    /// <summary>Where <c>serve</c> prints alerts; <see langword="null"/> prints nothing.</summary>
    public TextWriter? AlertOutput { get; init; }

    /// <summary>
    /// Makes the client the ARM source reads vaults with, when <c>Repl:Arm:Vaults</c> names any; <see langword="null"/>
    /// uses <c>DefaultAzureCredential</c> (Azure CLI, Visual Studio, environment). Tests and the simulator pass one for their stand-in.
    /// </summary>
    public Func<ArmOptions, ArmClient>? ArmClient { get; init; }
}
