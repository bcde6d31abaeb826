using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Contracts;

namespace ReplOrchestrator.Domain.Alerts;

/// <summary>The rules a <see cref="Silence"/> must follow before it is stored.</summary>
internal static class SilenceValidator
{
    private static readonly TimeSpan s_longestWindow = TimeSpan.FromDays(7);

    public static IReadOnlyList<ContractProblem> Validate(Silence silence)
    {
        var problems = new List<ContractProblem>();
        void Add(string path, ContractProblemKind kind, string message) => problems.Add(new ContractProblem(path, kind, message));

        if (ContractId.Explain(silence.Id) is { } idProblem)
        {
            Add("$.id", ContractProblemKind.InvalidValue, "id " + idProblem);
        }

        ValidateScope(silence.Scope, Add);

        for (var i = 0; i < silence.Codes.Count; i++)
        {
            if (!ErrorCatalog.TryGet(silence.Codes[i], out _))
            {
                Add($"$.codes[{i}]", ContractProblemKind.InvalidValue, $"'{silence.Codes[i]}' is not a catalog code");
            }
        }

        if (silence.Recurrence is null && silence.EndsAt is null)
        {
            Add("$.endsAt", ContractProblemKind.MissingField, "is required for a one-off silence");
        }

        if (silence.EndsAt is { } end && end <= silence.StartsAt)
        {
            Add("$.endsAt", ContractProblemKind.Inconsistent, $"{end:O} is not after startsAt {silence.StartsAt:O}");
        }

        if (silence.Recurrence is { } recurrence)
        {
            ValidateRecurrence(recurrence, Add);
        }

        return problems;
    }

    /// <summary>A one-off silence may not mute longer than <paramref name="maxDuration"/> from when it is created or starts.</summary>
    public static IEnumerable<ContractProblem> ValidateLength(Silence silence, DateTimeOffset createdAt, TimeSpan maxDuration)
    {
        if (silence.Recurrence is not null || silence.EndsAt is not { } end)
        {
            yield break;
        }

        var from = silence.StartsAt > createdAt ? silence.StartsAt : createdAt;
        if (end - from > maxDuration)
        {
            yield return new ContractProblem("$.endsAt", ContractProblemKind.InvalidValue,
                $"{end:O} is more than {maxDuration:c} after {from:O}; a one-off silence may mute at most that long "
                + "(Repl:Silences:MaxDuration); use a recurring window for regular maintenance");
        }
    }

    private static void ValidateScope(SilenceScope scope, Action<string, ContractProblemKind, string> add)
    {
        if (scope.Kind is SilenceScopeKind.Appliance or SilenceScopeKind.Vm && ContractId.Explain(scope.ApplianceId) is { } applianceProblem)
        {
            add("$.scope.applianceId", ContractProblemKind.InvalidValue, "id " + applianceProblem);
        }

        if (scope.Kind == SilenceScopeKind.Vm && ContractId.Explain(scope.VmId) is { } vmProblem)
        {
            add("$.scope.vmId", ContractProblemKind.InvalidValue, "id " + vmProblem);
        }

        if (scope.Kind == SilenceScopeKind.Host && (string.IsNullOrWhiteSpace(scope.HostName) || Uri.CheckHostName(scope.HostName) == UriHostNameType.Unknown))
        {
            add("$.scope.hostName", ContractProblemKind.InvalidValue, $"'{scope.HostName}' is not a DNS name or IP address");
        }
    }

    private static void ValidateRecurrence(RecurringWindow recurrence, Action<string, ContractProblemKind, string> add)
    {
        if (recurrence.Days.Count == 0)
        {
            add("$.recurrence.days", ContractProblemKind.InvalidValue, "must name at least one day");
        }

        if (recurrence.Duration <= TimeSpan.Zero || recurrence.Duration > s_longestWindow)
        {
            add("$.recurrence.duration", ContractProblemKind.InvalidValue, $"must be more than 0 and at most 7 days (was {recurrence.Duration:c})");
        }

        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(recurrence.TimeZone);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            add("$.recurrence.timeZone", ContractProblemKind.InvalidValue, $"'{recurrence.TimeZone}' is not a known time zone (use an IANA id such as Europe/Berlin, or UTC)");
        }
    }
}
