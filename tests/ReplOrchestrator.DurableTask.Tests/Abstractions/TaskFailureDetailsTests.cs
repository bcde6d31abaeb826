using ReplOrchestrator.DurableTask.Abstractions;

namespace ReplOrchestrator.DurableTask.Tests.Abstractions;

public sealed class TaskFailureDetailsTests
{
    [Fact]
    public void FromException_TaskFailedException_KeepsTheTasksFailureAsInner()
    {
        var activityFailure = new TaskFailureDetails("System.Net.Sockets.SocketException", "connection refused", IsNonRetriable: true);

        var details = TaskFailureDetails.FromException(new TaskFailedException("ProbeEsxi", 4, activityFailure));

        details.ErrorType.ShouldBe(typeof(TaskFailedException).FullName);
        details.ErrorMessage.ShouldBe("Task 'ProbeEsxi' (#4) failed: System.Net.Sockets.SocketException: connection refused");
        details.InnerFailure.ShouldBe(activityFailure);
        details.IsCausedBy<TaskFailedException>().ShouldBeTrue();
    }

    [Fact]
    public void FromException_NestedExceptions_CapturesTheChain()
    {
        var details = TaskFailureDetails.FromException(new InvalidOperationException("outer", new TimeoutException("inner")));

        details.InnerFailure!.ErrorType.ShouldBe("System.TimeoutException");
        details.IsCausedBy<TimeoutException>().ShouldBeTrue();
        details.IsCausedBy<ArgumentException>().ShouldBeFalse();
    }
}
