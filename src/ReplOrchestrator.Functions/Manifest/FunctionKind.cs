namespace ReplOrchestrator.Functions.Manifest;

/// <summary>What triggers a function, which decides how its invocation is decoded and answered.</summary>
internal enum FunctionKind
{
    /// <summary>An <c>orchestrationTrigger</c>: base64 OrchestratorRequest in, base64 OrchestratorResponse out.</summary>
    Orchestration,

    /// <summary>An <c>activityTrigger</c>: JSON input in, JSON output out; failure is a non-2xx answer.</summary>
    Activity,

    /// <summary>An <c>httpTrigger</c> with an <c>http</c> output and a <c>durableClient</c> input.</summary>
    Http,

    /// <summary>A <c>serviceBusTrigger</c>.</summary>
    ServiceBus,
}
