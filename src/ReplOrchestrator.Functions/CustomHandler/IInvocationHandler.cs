using ReplOrchestrator.Functions.Manifest;

namespace ReplOrchestrator.Functions.CustomHandler;

/// <summary>Serves the invocations of one kind of function beyond orchestrations and activities (HTTP, Service Bus).</summary>
internal interface IInvocationHandler
{
    /// <summary>The kind of function this handler serves.</summary>
    FunctionKind Kind { get; }

    /// <summary>Handles one invocation; the status is what the handler answers the host.</summary>
    Task<HandlerResult> InvokeAsync(FunctionDefinition function, InvocationRequest invocation, CancellationToken cancellationToken);
}

/// <summary>The status to answer the host with, and the envelope.</summary>
internal sealed record HandlerResult(int StatusCode, InvocationResponse Response);
