using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ReplOrchestrator.Functions.Durable;

/// <summary>
/// The durable client of the current invocation. The isolated worker hands a <see cref="DurableTaskClient"/>
/// only to a function's <c>[DurableClient]</c> parameter; the function binds it here so that services resolved
/// in the invocation's scope (the API's endpoints, the heartbeat intake) take it from DI as they do locally.
/// </summary>
internal sealed class InvocationDurableClient
{
    private DurableTaskClient? _client;

    /// <summary>The bound client.</summary>
    /// <exception cref="InvalidOperationException">No function bound one in this scope.</exception>
    public DurableTaskClient Client => _client
        ?? throw new InvalidOperationException("No durable client is bound in this scope: only a function with a [DurableClient] parameter can bind one.");

    /// <summary>Binds the invocation's client.</summary>
    public void Bind(DurableTaskClient client) => _client = client ?? throw new ArgumentNullException(nameof(client));
}
