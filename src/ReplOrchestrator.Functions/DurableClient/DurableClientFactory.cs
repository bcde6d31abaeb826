using ReplOrchestrator.DurableTask.Abstractions;

namespace ReplOrchestrator.Functions.DurableClient;

/// <summary>
/// Builds the durable client for a <c>durableClient</c> binding value: the loopback gRPC endpoint
/// first, the management API as the fallback, whichever of the two the binding offers.
/// </summary>
internal static class DurableClientFactory
{
    /// <exception cref="ArgumentException">The binding offers neither endpoint.</exception>
    public static IDurableClient Create(DurableClientBinding binding, HttpClient grpcHttp, HttpClient managementHttp)
    {
        ArgumentNullException.ThrowIfNull(binding);
        IDurableClient? grpc = binding.RpcBaseUrl is not null ? new SidecarDurableClient(grpcHttp, binding) : null;
        IDurableClient? management = binding.HttpBaseUrl is not null ? new ManagementApiClient(managementHttp, binding) : null;
        return (grpc, management) switch
        {
            ({ } g, { } m) => new FallbackDurableClient(g, m),
            ({ } g, null) => g,
            (null, { } m) => m,
            _ => throw new ArgumentException("The durableClient binding offers neither rpcBaseUrl nor httpBaseUrl.", nameof(binding)),
        };
    }
}
