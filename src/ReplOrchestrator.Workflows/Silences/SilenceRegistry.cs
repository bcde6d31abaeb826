using Microsoft.DurableTask;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Workflows.Orchestration;

namespace ReplOrchestrator.Workflows.Silences;

/// <summary>
/// The silences and maintenance windows: one eternal instance (<see cref="InstanceIds.Silences"/>)
/// whose custom status is the list, which the API reads and the <c>PublishAlert</c> activity matches.
/// </summary>
/// <remarks>Silences that ended more than a day ago are dropped, so the list stays short.</remarks>
internal sealed class SilenceRegistry(MonitorOptions options) : TaskOrchestrator<IReadOnlyList<Silence>?, object?>
{
    private static readonly TimeSpan s_keepEnded = TimeSpan.FromDays(1);

    public override async Task<object?> RunAsync(TaskOrchestrationContext context, IReadOnlyList<Silence>? input)
    {
        var silences = (input ?? []).ToList();
        var budget = new GenerationBudget(options);
        while (!budget.IsSpent)
        {
            context.SetCustomStatus(silences);
            var signal = await context.WaitForExternalEvent<SilenceSignal>(EventNames.Signal);
            var now = context.Now();
            silences.RemoveAll(s => s.EndsAt is { } end && now - end > s_keepEnded);
            if (signal.Add is { } added)
            {
                silences.RemoveAll(s => s.Id == added.Id);
                silences.Add(added);
            }
            else if (signal.RemoveId is { } id)
            {
                silences.RemoveAll(s => s.Id == id);
            }

            budget.Spend(0);
        }

        context.SetCustomStatus(silences);
        context.ContinueAsNew(silences, preserveUnprocessedEvents: true);
        return null;
    }
}
