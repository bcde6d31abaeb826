using Google.Protobuf;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.DurableTask.Protocol;

namespace ReplOrchestrator.DurableTask.Replay;

/// <summary>
/// The replay function: an <see cref="OrchestratorRequest"/> (the instance's past and new history
/// events) in, an <see cref="OrchestratorResponse"/> (the new actions and the custom status) out.
/// </summary>
/// <remarks>
/// <para>
/// Pure: no clock, no I/O, nothing shared between calls; the same request always gives the same
/// response, and any number of calls may run at once. The orchestrator's code runs on the calling
/// thread for the duration of the call.
/// </para>
/// <para>
/// Never throws for what a request or an orchestrator does: a request that cannot be decoded or has
/// no ExecutionStarted event, an unknown orchestrator name, an orchestrator that throws, and
/// non-determinism all become a FAILED completion action with failure details. The Functions
/// extension fails an orchestration permanently, and without details, on any non-2xx answer, so a
/// host must always answer with what this returns.
/// </para>
/// </remarks>
public sealed class OrchestrationRunner
{
    private readonly DurableTaskRegistry _registry;
    private readonly ILoggerFactory _loggerFactory;

    /// <summary>Creates a runner over the registered orchestrators.</summary>
    /// <param name="registry">The orchestrators it can run; registration must be complete.</param>
    /// <param name="loggerFactory">For the runner's own messages and orchestrators' replay-safe loggers; defaults to none.</param>
    public OrchestrationRunner(DurableTaskRegistry registry, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        _registry = registry;
        _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
    }

    /// <summary>Runs one episode of the orchestrator named in the request's ExecutionStarted event, or of <paramref name="orchestratorName"/>.</summary>
    /// <param name="request">The instance's history.</param>
    /// <param name="orchestratorName">The orchestrator to run; <see langword="null"/> to take the ExecutionStarted event's name.</param>
    public OrchestratorResponse Run(OrchestratorRequest request, string? orchestratorName = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        return OrchestrationExecutor.Execute(_registry, _loggerFactory, request, orchestratorName);
    }

    /// <summary>Runs one episode from a serialized request; returns the serialized response.</summary>
    /// <param name="request">Protobuf bytes of an <see cref="OrchestratorRequest"/>.</param>
    public byte[] Run(ReadOnlySpan<byte> request)
    {
        OrchestratorRequest parsed;
        try
        {
            parsed = OrchestratorRequest.Parser.ParseFrom(request);
        }
        catch (InvalidProtocolBufferException e)
        {
            return Reject("The request is not a protobuf OrchestratorRequest.", e).ToByteArray();
        }

        return Run(parsed).ToByteArray();
    }

    /// <summary>
    /// Runs one episode from a base64 request, as the Functions orchestration trigger delivers it;
    /// returns the base64 response its return value carries.
    /// </summary>
    /// <param name="base64Request">Base64 of protobuf bytes of an <see cref="OrchestratorRequest"/>.</param>
    public string RunBase64(string? base64Request)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64Request ?? throw new FormatException("The request is null."));
        }
        catch (FormatException e)
        {
            return Convert.ToBase64String(Reject("The request is not base64.", e).ToByteArray());
        }

        return Convert.ToBase64String(Run(bytes));
    }

    private OrchestratorResponse Reject(string reason, Exception cause)
    {
        var failure = new InvalidOrchestratorRequestException($"{reason} {cause.Message}", cause);
        Log.InvalidRequest(_loggerFactory.CreateLogger<OrchestrationRunner>(), "(unknown)", failure.Message);
        var details = Abstractions.TaskFailureDetails.FromException(failure) with { IsNonRetriable = true };
        return new OrchestratorResponse
        {
            Actions =
            {
                new OrchestratorAction
                {
                    CompleteOrchestration = new CompleteOrchestrationAction
                    {
                        OrchestrationStatus = OrchestrationStatus.Failed,
                        FailureDetails = details.ToProto(),
                    },
                },
            },
        };
    }
}
