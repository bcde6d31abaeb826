using ReplOrchestrator.DurableTask.Abstractions;

namespace ReplOrchestrator.Functions.Triggers;

/// <summary>
/// The durable client of the current invocation: the Functions host passes the client endpoint in each
/// HTTP invocation's <c>durableClient</c> binding, and the endpoint of a running host does not change,
/// so the first one read is kept and shared.
/// </summary>
internal sealed class InvocationDurableClient(Func<DurableClient.DurableClientBinding, IDurableClient> create)
{
    private readonly Lock _gate = new();
    private IDurableClient? _client;
    private DurableClient.DurableClientBinding? _binding;

    /// <summary>The client, once an invocation has brought a binding.</summary>
    /// <exception cref="InvalidOperationException">No invocation has brought a binding yet.</exception>
    public IDurableClient Current => _client ?? throw new InvalidOperationException("No durableClient binding has been received yet.");

    /// <summary>Takes the binding of an invocation; a new endpoint replaces the old client.</summary>
    public void Accept(DurableClient.DurableClientBinding binding)
    {
        lock (_gate)
        {
            if (_binding is null || _binding.RpcBaseUrl != binding.RpcBaseUrl || _binding.HttpBaseUrl != binding.HttpBaseUrl || _binding.TaskHubName != binding.TaskHubName)
            {
                _client = create(binding);
                _binding = binding;
            }
        }
    }
}
