using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Functions.Activities;
using ReplOrchestrator.Functions.Tests.Support;
using ReplOrchestrator.Workflows;
using ReplOrchestrator.Workflows.Alerts;

namespace ReplOrchestrator.Functions.Tests.Activities;

/// <summary>The activity functions run the workflows' activity classes with the client the invocation binds.</summary>
public sealed class ClientActivityFunctionsTests : IAsyncLifetime
{
    private FunctionHub _hub = null!;

    public Task InitializeAsync()
    {
        _hub = FunctionHub.Create();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task PublishAlertAsync_NothingMutes_SendsTheAlertToTheAlertsTopic()
    {
        var alert = Alert(AlertStatus.Firing);

        var outcome = await RunAsync(WorkflowNames.PublishAlert, (f, c, x) => f.PublishAlertAsync(new PublishRequest(alert, "esx01.contoso.local"), c, x));

        outcome.Published.ShouldBeTrue();
        var sent = _hub.App.Sender.Sent.ShouldHaveSingleItem();
        JsonSerializer.Deserialize<Alert>(sent.Body.ToString(), ContractJson.Options)!.Id.ShouldBe(alert.Id);
    }

    [Fact]
    public async Task SignalAlertsAsync_FirstFiring_StartsTheLifecycleThroughTheBoundClient()
    {
        var key = new AlertKey("appl-func", "vm-sql01", "DiskUploadTimedOut");
        var signal = AlertSignal.Fire(Alert(AlertStatus.Firing), "signal-1", _hub.Engine.Time.GetUtcNow(), "esx01.contoso.local");

        var delivered = await RunAsync(WorkflowNames.SignalAlerts, (f, c, x) => f.SignalAlertsAsync([new AlertDelivery(key, signal)], c, x));

        delivered.ShouldBe(1);
        (await _hub.Client.GetInstanceAsync(key.ToInstanceId())).ShouldNotBeNull();
    }

    private async Task<T> RunAsync<T>(string name, Func<ClientActivityFunctions, Microsoft.DurableTask.Client.DurableTaskClient, TestFunctionContext, Task<T>> call)
    {
        await using var scope = _hub.App.Services.CreateAsyncScope();
        var functions = ActivatorUtilities.CreateInstance<ClientActivityFunctions>(scope.ServiceProvider);
        return await call(functions, _hub.Client, new TestFunctionContext(name, "appliance:appl-func", scope.ServiceProvider));
    }

    private static Alert Alert(AlertStatus status) => new(
        Domain.Alerts.Alert.SchemaV1, "a-7f3c", "appl-func/vm-sql01/DiskUploadTimedOut", status, AlertSeverity.Critical, "DiskUploadTimedOut", 1011,
        "appl-func", "vm-sql01", "c-sql-1", "Disk upload timed out", "No bytes moved for 45 minutes", [], [], [],
        new DateTimeOffset(2026, 12, 5, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero), 1, []);
}
