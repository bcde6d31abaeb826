using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Functions.Tests.EndToEnd;

/// <summary>
/// The function app's functions, run together: its API function, its registered orchestrators and activity
/// functions with its serializer, and its alert publisher, on the embedded engine standing in for the Durable
/// extension, against the local host's path for the same scenario. What an operator receives — which alerts,
/// in which order, with which severity, error id, cycle and leading cause — must not depend on where
/// ReplOrchestrator runs.
/// </summary>
public sealed class FunctionAppScenarioTests
{
    [Fact]
    public async Task FunctionApp_PublishesWhatTheLocalHostPublishes()
    {
        IReadOnlyList<Alert> local, functions;
        await using (var reference = new LocalReferenceHost())
        {
            local = await PlayAsync(reference);
        }

        await using (var app = new FunctionAppScenarioHost())
        {
            functions = await PlayAsync(app);
        }

        // Where the local host's answers are what the scenario means, check them outright ...
        var stall = Story(local, ScenarioScript.StallKey);
        stall[0].ShouldBe(new Step(AlertStatus.Firing, AlertSeverity.Critical, 1011, "c-sql-1", stall[0].TopCause, stall[0].Confidence));
        stall.ShouldContain(s => s.Confidence == CauseConfidence.Confirmed && s.TopCause.Contains("storage account", StringComparison.Ordinal));
        stall[^1].Status.ShouldBe(AlertStatus.Resolved);
        var refused = Story(local, ScenarioScript.RefusedKey);
        refused[0].ErrorId.ShouldBe(1022);
        refused.ShouldContain(s => s.Confidence == CauseConfidence.Confirmed && s.TopCause.Contains("902", StringComparison.Ordinal));
        refused[^1].Status.ShouldBe(AlertStatus.Resolved);

        // ... then hold the function app to them, alert by alert.
        var both = $"local host:\n{Told(local)}\nfunction app:\n{Told(functions)}";
        functions.Select(a => a.DedupKey).Distinct().Order(StringComparer.Ordinal)
            .ShouldBe(local.Select(a => a.DedupKey).Distinct().Order(StringComparer.Ordinal), both);
        foreach (var key in local.Select(a => a.DedupKey).Distinct())
        {
            Story(functions, key).ShouldBe(Story(local, key), $"{key}\n{both}");
        }
    }

    private static async Task<IReadOnlyList<Alert>> PlayAsync(IScenarioHost host)
    {
        await new ScenarioScript(host).RunAsync();
        return host.Topic;
    }

    /// <summary>What one alert told its readers over time; repeats of the same telling collapse into one step.</summary>
    private static List<Step> Story(IReadOnlyList<Alert> topic, string key)
    {
        var steps = new List<Step>();
        foreach (var alert in topic.Where(a => a.DedupKey == key))
        {
            var top = alert.ProbableCauses.FirstOrDefault();
            var step = new Step(alert.Status, alert.Severity, alert.ErrorId, alert.CycleId, top?.Cause ?? "", top?.Confidence);
            if (steps.Count == 0 || steps[^1] != step)
            {
                steps.Add(step);
            }
        }

        steps.ShouldNotBeEmpty($"no alert {key} was published");
        return steps;
    }

    private static string Told(IReadOnlyList<Alert> topic) => string.Join("\n", topic.Select(a =>
        $"  {a.DedupKey} {a.Status} {a.CycleId} {a.ProbableCauses.FirstOrDefault()?.Confidence}: {a.ProbableCauses.FirstOrDefault()?.Cause} | {a.Summary}"));

    private sealed record Step(AlertStatus Status, AlertSeverity Severity, int? ErrorId, string? CycleId, string TopCause, CauseConfidence? Confidence);
}
