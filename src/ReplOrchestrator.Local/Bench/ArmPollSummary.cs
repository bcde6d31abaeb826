namespace ReplOrchestrator.Local.Bench;

/// <summary>The line <c>bench arm-poll</c> prints: p50 and max over its polls, then each poll.</summary>
internal static class ArmPollSummary
{
    public static object Of(int items, int pageSize, IReadOnlyList<ArmPollRun> polls)
    {
        var updates = polls.Skip(1).Select(p => p.MonitorsMs).ToList();
        return new
        {
            benchmark = "arm-poll",
            items,
            pageSize,
            runs = polls.Count,
            pages = polls.Max(p => p.Pages),
            parts = polls.Max(p => p.Cost.Parts),
            largestPartBytes = polls.Max(p => p.Cost.LargestPartBytes),
            listP50Ms = P50(polls.Select(p => p.Cost.ListMs)),
            listMaxMs = Max(polls.Select(p => p.Cost.ListMs)),
            intakeP50Ms = P50(polls.Select(p => p.Cost.HandOverMs)),
            intakeMaxMs = Max(polls.Select(p => p.Cost.HandOverMs)),
            pollP50Ms = P50(polls.Select(p => p.PollMs)),
            pollMaxMs = Max(polls.Select(p => p.PollMs)),
            createMonitorsMs = Math.Round(polls[0].MonitorsMs, 1),
            updateMonitorsP50Ms = updates.Count > 0 ? P50(updates) : (double?)null,
            updateMonitorsMaxMs = updates.Count > 0 ? Max(updates) : (double?)null,
            allocatedP50Bytes = P50(polls.Select(p => (double)p.AllocatedBytes)),
            allocatedMaxBytes = Max(polls.Select(p => (double)p.AllocatedBytes)),
            workingSetP50Bytes = P50(polls.Select(p => (double)p.WorkingSetBytes)),
            workingSetMaxBytes = Max(polls.Select(p => (double)p.WorkingSetBytes)),
            polls = polls.Select(p => new
            {
                poll = p.Poll,
                p.Pages,
                listMs = Math.Round(p.Cost.ListMs, 1),
                intakeMs = Math.Round(p.Cost.HandOverMs, 1),
                pollMs = Math.Round(p.PollMs, 1),
                p.Cost.Parts,
                p.Cost.PartBytes,
                p.Cost.LargestPartBytes,
                monitorsMs = Math.Round(p.MonitorsMs, 1),
                p.AllocatedBytes,
                p.AllocatedUntilTakenBytes,
                p.WorkingSetBytes,
            }),
        };
    }

    private static double P50(IEnumerable<double> values) => Math.Round(BenchOutput.Percentile([.. values.Order()], 50), 1);

    private static double Max(IEnumerable<double> values) => Math.Round(values.Max(), 1);
}
