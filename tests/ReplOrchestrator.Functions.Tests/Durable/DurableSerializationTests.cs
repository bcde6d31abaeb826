using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Converters;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Functions.Tests.Support;
using ReplOrchestrator.Workflows;
using ReplOrchestrator.Workflows.Vms;

namespace ReplOrchestrator.Functions.Tests.Durable;

/// <summary>The Durable payloads of the function app are written in the workflows' frozen <see cref="DurableJson"/>.</summary>
public sealed class DurableSerializationTests
{
    private static readonly VmMonitorState s_sample = new("appl-func", "vm-sql01", ApplianceKind.HyperVReplica);

    [Fact]
    public void WorkerDataConverter_WritesDurableJson()
    {
        using var app = FunctionApp.Build();

        var converter = app.Services.GetRequiredService<IOptions<DurableTaskWorkerOptions>>().Value.DataConverter;

        converter.Serialize(s_sample).ShouldBe(DurableJson.Serialize(s_sample));
        converter.Serialize(s_sample).ShouldNotBe(JsonDataConverter.Default.Serialize(s_sample));
        DurableJson.Serialize(converter.Deserialize<VmMonitorState>(DurableJson.Serialize(s_sample))).ShouldBe(DurableJson.Serialize(s_sample));
    }

    [Fact]
    public void ClientDataConverter_WritesDurableJson()
    {
        using var app = FunctionApp.Build();

        var converter = app.Services.GetRequiredService<IOptions<DurableTaskClientOptions>>().Value.DataConverter;

        converter.Serialize(s_sample).ShouldBe(DurableJson.Serialize(s_sample));
    }
}
