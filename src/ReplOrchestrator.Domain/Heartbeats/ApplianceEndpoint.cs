namespace ReplOrchestrator.Domain.Heartbeats;

/// <summary>An endpoint the appliance depends on; cloud-side probes resolve and connect to it.</summary>
/// <param name="Role">What the endpoint is for.</param>
/// <param name="Host">A DNS name or IP address, for example <c>migratelsa1234.blob.core.windows.net</c>.</param>
/// <param name="Port">The TCP port, 1 to 65535 (443 for every Azure endpoint).</param>
public sealed record ApplianceEndpoint(EndpointRole Role, string Host, int Port);
