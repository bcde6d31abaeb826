using Microsoft.DurableTask.Protobuf;

namespace ReplOrchestrator.TestUtilities.Durable;

/// <summary>
/// Protocol-level orchestrators of the shapes the engine must run: sequences, fan-out, timers,
/// external events, sub-orchestrations, continue-as-new, failures. Each returns every action it would
/// have taken by now (see <see cref="ScriptedOrchestrationInvoker"/>). Payloads are JSON text.
/// </summary>
public static class SampleOrchestrations
{
    /// <summary>Calls <paramref name="activity"/> <paramref name="count"/> times, one after another, with input "instance:step"; outputs the results as an array.</summary>
    public static Func<HistoryView, IEnumerable<OrchestratorAction>> Sequence(string activity, int count) => view =>
    {
        var results = view.TaskResults.OrderBy(r => r.TaskScheduledId).Select(r => r.Result).ToList();
        if (view.TaskFailures.FirstOrDefault() is { } failure)
        {
            return [Actions.Fail(view.ScheduledIds.Count, failure.FailureDetails.ErrorType, failure.FailureDetails.ErrorMessage)];
        }

        return results.Count < count
            ? [Actions.CallActivity(results.Count, activity, Json(StepKey(view.InstanceId, results.Count)))]
            : [Actions.Complete(count, JsonArray(results))];
    };

    /// <summary>Calls <paramref name="activity"/> <paramref name="count"/> times at once; outputs the results in call order.</summary>
    public static Func<HistoryView, IEnumerable<OrchestratorAction>> FanOut(string activity, int count) => view =>
    {
        var results = view.TaskResults.OrderBy(r => r.TaskScheduledId).Select(r => r.Result).ToList();
        return results.Count < count
            ? Enumerable.Range(0, count).Select(i => Actions.CallActivity(i, activity, Json(StepKey(view.InstanceId, i))))
            : [Actions.Complete(count, JsonArray(results))];
    };

    /// <summary>Waits on a durable timer due <paramref name="delay"/> after its start; outputs the time it woke at.</summary>
    public static Func<HistoryView, IEnumerable<OrchestratorAction>> Timer(TimeSpan delay) => view =>
        view.TimersFired.Any()
            ? [Actions.Complete(1, Json(view.Now.ToString("O")))]
            : [Actions.CreateTimer(0, view.StartedAt + delay)];

    /// <summary>Waits for <paramref name="count"/> events named <paramref name="eventName"/> (any case); outputs their data in arrival order.</summary>
    public static Func<HistoryView, IEnumerable<OrchestratorAction>> WaitForEvents(string eventName, int count) => view =>
    {
        var received = Received(view, eventName).ToList();
        return received.Count >= count ? [Actions.Complete(0, JsonArray(received.Take(count)))] : [];
    };

    /// <summary>The custom status <see cref="WaitForEvents"/> shows: how many events it has received.</summary>
    public static Func<HistoryView, string?> ReceivedCount(string eventName) => view => Received(view, eventName).Count().ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Runs <paramref name="child"/> as a sub-orchestration with id "instance:child"; outputs its output, or fails with its failure.</summary>
    public static Func<HistoryView, IEnumerable<OrchestratorAction>> Parent(string child, string? childInput) => view =>
    {
        if (view.SubOrchestrationResult is { } result)
        {
            return [Actions.Complete(1, result.Result)];
        }

        return view.SubOrchestrationFailure is { } failure
            ? [Actions.Fail(1, "SubOrchestrationFailed", $"{failure.FailureDetails.ErrorType}: {failure.FailureDetails.ErrorMessage}")]
            : [Actions.CallSubOrchestrator(0, child, view.InstanceId + ":child", childInput)];
    };

    /// <summary>
    /// Counts "tick" events, one per generation: each tick continues as new with the count plus one,
    /// carrying the ticks not yet counted; completes with the count when it reaches <paramref name="total"/>.
    /// </summary>
    public static Func<HistoryView, IEnumerable<OrchestratorAction>> TickCounter(int total) => view =>
    {
        var ticks = view.NewEventsRaised.Where(e => e.EventRaised.Name == "tick").ToList();
        if (ticks.Count == 0)
        {
            return [];
        }

        var count = int.Parse(view.Input ?? "0", System.Globalization.CultureInfo.InvariantCulture) + 1;
        return count >= total
            ? [Actions.Complete(0, count.ToString(System.Globalization.CultureInfo.InvariantCulture))]
            : [Actions.ContinueAsNew(0, count.ToString(System.Globalization.CultureInfo.InvariantCulture), ticks.Skip(1))];
    };

    /// <summary>Continues as new with its input minus one until it reaches zero, without waiting.</summary>
    public static Func<HistoryView, IEnumerable<OrchestratorAction>> CountDown() => view =>
    {
        var n = int.Parse(view.Input ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        return n > 0
            ? [Actions.ContinueAsNew(0, (n - 1).ToString(System.Globalization.CultureInfo.InvariantCulture))]
            : [Actions.Complete(0, "\"done\"")];
    };

    /// <summary>Sends its input as event <paramref name="eventName"/> to <paramref name="target"/>, then completes.</summary>
    public static Func<HistoryView, IEnumerable<OrchestratorAction>> SendTo(string target, string eventName) => view =>
        [Actions.SendEvent(0, target, eventName, view.Input), Actions.Complete(1, null)];

    /// <summary>Fails at once with an InvalidOperationException-shaped failure.</summary>
    public static Func<HistoryView, IEnumerable<OrchestratorAction>> Fails(string message) => _ =>
        [Actions.Fail(0, "System.InvalidOperationException", message)];

    /// <summary>The input a <see cref="Sequence"/> or <see cref="FanOut"/> step passes to its activity.</summary>
    public static string StepKey(string instanceId, int step) => $"{instanceId}:{step}";

    public static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    private static IEnumerable<string?> Received(HistoryView view, string eventName) =>
        view.EventsRaised.Where(e => string.Equals(e.Name, eventName, StringComparison.OrdinalIgnoreCase)).Select(e => e.Input);

    private static string JsonArray(IEnumerable<string?> items) => "[" + string.Join(",", items.Select(i => i ?? "null")) + "]";
}
