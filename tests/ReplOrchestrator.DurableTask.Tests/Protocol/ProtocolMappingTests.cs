using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.DurableTask.Protocol;
using Sdk = ReplOrchestrator.DurableTask.Abstractions;
using Wire = ReplOrchestrator.DurableTask.Protocol;

namespace ReplOrchestrator.DurableTask.Tests.Protocol;

public sealed class ProtocolMappingTests
{
    [Fact]
    public void ToProto_FailureWithInnerFailure_RoundTrips()
    {
        var details = new Sdk.TaskFailureDetails(
            "ReplOrchestrator.DurableTask.Abstractions.TaskFailedException",
            "Task 'Upload' (#3) failed",
            "at Upload()",
            new Sdk.TaskFailureDetails("System.IO.IOException", "stalled", IsNonRetriable: true));

        var proto = details.ToProto()!;

        proto.InnerFailure.ErrorMessage.ShouldBe("stalled");
        proto.InnerFailure.IsNonRetriable.ShouldBeTrue();
        proto.StackTrace.ShouldBe("at Upload()");
        proto.ToFailureDetails().ShouldBe(details);
    }

    [Fact]
    public void ToFailureDetails_PeerSentNoDetails_IsAFailureOfUnknownType()
    {
        ((Wire.TaskFailureDetails?)null).ToFailureDetails().ErrorType.ShouldBe("Unknown");
        ((Sdk.TaskFailureDetails?)null).ToProto().ShouldBeNull();
    }

    [Fact]
    public void ToProto_EveryRuntimeStatus_KeepsItsWireValueAndRoundTrips()
    {
        foreach (var status in Enum.GetValues<OrchestrationRuntimeStatus>())
        {
            var wire = status.ToProto();

            wire.ToString().ShouldBe(status.ToString());
            wire.ToRuntimeStatus().ShouldBe(status);
        }
    }
}
