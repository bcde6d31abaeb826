using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.Azure.Functions.Worker.Core.FunctionMetadata;
using Microsoft.Extensions.DependencyInjection;
using ReplOrchestrator.Functions.Arm;
using ReplOrchestrator.Functions.Heartbeats;
using ReplOrchestrator.Functions.Http;
using ReplOrchestrator.Functions.Tests.Support;
using ReplOrchestrator.Workflows;

namespace ReplOrchestrator.Functions.Tests.Durable;

/// <summary>
/// The app's complete function metadata, as the Functions host would index it: the <c>functions.metadata</c>
/// the Worker SDK generates at build, plus the functions the Durable extension adds at start for the tasks
/// registered with <c>AddTasks</c>.
/// </summary>
public sealed class FunctionMetadataTests
{
    private static readonly string[] s_orchestrators =
    [
        WorkflowNames.ApplianceMonitor, WorkflowNames.VmMonitor, WorkflowNames.ReplicationCycle, WorkflowNames.DiskUpload,
        WorkflowNames.Diagnosis, WorkflowNames.AlertLifecycle, WorkflowNames.NotificationGroup, WorkflowNames.SilenceRegistry, WorkflowNames.Housekeeping,
    ];

    private static readonly string[] s_clientActivities =
    [
        WorkflowNames.EnsureVmMonitors, WorkflowNames.StartReplicationCycle, WorkflowNames.StartDiskUploads, WorkflowNames.SignalAlerts,
        WorkflowNames.PublishAlert, WorkflowNames.PurgeFinishedInstances,
    ];

    [Fact]
    public void Generated_Api_IsOneFunctionKeyedCatchAllWithADurableClient()
    {
        var bindings = Generated()[ApiFunction.Name];

        var trigger = bindings.Single(b => Type(b) == "httpTrigger");
        trigger["authLevel"]!.GetValue<string>().ShouldBe("Function");
        trigger["route"]!.GetValue<string>().ShouldBe("{*path}");
        trigger["methods"]!.AsArray().Select(m => m!.GetValue<string>()).ShouldBe(["get", "post", "delete", "put", "patch", "head", "options"], ignoreOrder: true);
        bindings.ShouldContain(b => Type(b) == "durableClient");
        bindings.ShouldContain(b => Type(b) == "http" && b["direction"]!.GetValue<string>() == "Out");
    }

    [Fact]
    public void Generated_Dashboard_IsAnAnonymousGetUnderTheDashboardFolder()
    {
        var bindings = Generated()[DashboardFunction.Name];

        var trigger = bindings.Single(b => Type(b) == "httpTrigger");
        trigger["authLevel"]!.GetValue<string>().ShouldBe("Anonymous");
        trigger["route"]!.GetValue<string>().ShouldBe("dashboard/{*path}");
        trigger["methods"]!.AsArray().Select(m => m!.GetValue<string>()).ShouldBe(["get"]);
        bindings.ShouldNotContain(b => Type(b) == "durableClient");
    }

    [Theory]
    [InlineData(HeartbeatQueueFunction.Name, HeartbeatQueueFunction.Schedule)]
    [InlineData(ArmPollFunction.Name, ArmPollFunction.Schedule)]
    public void Generated_Timer_IsATimerWithADurableClient(string name, string schedule)
    {
        var bindings = Generated()[name];

        bindings.Single(b => Type(b) == "timerTrigger")["schedule"]!.GetValue<string>().ShouldBe(schedule);
        bindings.ShouldContain(b => Type(b) == "durableClient");
    }

    [Theory]
    [MemberData(nameof(ClientActivities))]
    public void Generated_ClientActivity_IsAnActivityTriggerWithADurableClient(string name)
    {
        var bindings = Generated()[name];

        bindings.Select(Type).ShouldBe(["activityTrigger", "durableClient"], ignoreOrder: true);
    }

    [Fact]
    public void Complete_EveryWorkflowTaskIsExactlyOneFunctionOfItsKind()
    {
        using var app = FunctionApp.Build();
        var added = new List<IFunctionMetadata>();
        foreach (var transformer in app.Services.GetServices<IFunctionMetadataTransformer>())
        {
            transformer.Transform(added);
        }

        var all = Generated().Select(f => (Name: f.Key, Trigger: Type(f.Value[0])))
            .Concat(added.Select(f => (Name: f.Name!, Trigger: Type(JsonNode.Parse(f.RawBindings![0])!))))
            .ToList();

        all.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty("declared twice");
        all.Where(f => f.Trigger == "orchestrationTrigger").Select(f => f.Name).ShouldBe(s_orchestrators, ignoreOrder: true);
        all.Where(f => f.Trigger == "activityTrigger").Select(f => f.Name)
            .ShouldBe(WorkflowTaskNames().Except(s_orchestrators), ignoreOrder: true);
        all.Select(f => f.Name).ShouldBe([.. WorkflowTaskNames(), ApiFunction.Name, DashboardFunction.Name, HeartbeatQueueFunction.Name, ArmPollFunction.Name], ignoreOrder: true);
    }

    public static TheoryData<string> ClientActivities() => [.. s_clientActivities];

    private static IEnumerable<string> WorkflowTaskNames() =>
        typeof(WorkflowNames).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

    private static Dictionary<string, List<JsonNode>> Generated()
    {
        var path = Path.Combine(RepoPaths.FunctionAppOutput, "functions.metadata");
        var functions = JsonNode.Parse(File.ReadAllText(path))!.AsArray();
        return functions.ToDictionary(f => f!["name"]!.GetValue<string>(), f => f!["bindings"]!.AsArray().Select(b => b!).ToList());
    }

    private static string Type(JsonNode binding) => binding["type"]!.GetValue<string>();
}
