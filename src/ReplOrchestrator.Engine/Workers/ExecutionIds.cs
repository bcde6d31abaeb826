namespace ReplOrchestrator.Engine.Workers;

/// <summary>Makes execution ids: 32 hex digits, unique per execution.</summary>
internal static class ExecutionIds
{
    public static string New() => Guid.NewGuid().ToString("N");
}
