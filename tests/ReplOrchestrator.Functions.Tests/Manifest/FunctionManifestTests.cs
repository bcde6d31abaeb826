using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.Functions.Manifest;

namespace ReplOrchestrator.Functions.Tests.Manifest;

/// <summary>The committed function.json files are exactly what the handler serves.</summary>
public sealed class FunctionManifestTests : IAsyncLifetime
{
    private static readonly string s_committed = Path.Combine(RepoRoot(), "src", "ReplOrchestrator.Functions", "functions");
    private WebApplicationHolder _composition = null!;

    public Task InitializeAsync()
    {
        _composition = new WebApplicationHolder(FunctionsHost.Build([], port: 0));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _composition.DisposeAsync();

    [Fact]
    public void CommittedFunctions_AreExactlyTheCatalog()
    {
        var catalog = _composition.Services.GetRequiredService<FunctionCatalog>();

        Directory.GetDirectories(s_committed).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)
            .ShouldBe(catalog.All.Select(f => f.Name), "regenerate with: dotnet run --project src/ReplOrchestrator.Functions -- --write-functions $PWD/src/ReplOrchestrator.Functions/functions");
        foreach (var function in catalog.All)
        {
            File.ReadAllText(Path.Combine(s_committed, function.Name, "function.json")).ShouldBe(FunctionJsonWriter.Render(function), function.Name);
        }
    }

    [Fact]
    public void Catalog_HasAnOrchestrationTriggerPerOrchestratorAndAnActivityTriggerPerActivity()
    {
        var registry = _composition.Services.GetRequiredService<DurableTaskRegistry>();
        var catalog = _composition.Services.GetRequiredService<FunctionCatalog>();

        catalog.All.Where(f => f.Kind == FunctionKind.Orchestration).Select(f => f.Name).ShouldBe(registry.OrchestratorNames, ignoreOrder: true);
        catalog.All.Where(f => f.Kind == FunctionKind.Activity).Select(f => f.Name).ShouldBe(registry.ActivityNames, ignoreOrder: true);
        registry.OrchestratorNames.ShouldContain("ReplicationCycle");
    }

    [Fact]
    public void EveryHttpFunction_NeedsAFunctionKey_ButTheLivenessProbe()
    {
        var catalog = _composition.Services.GetRequiredService<FunctionCatalog>();

        foreach (var function in catalog.All.Where(f => f.Kind == FunctionKind.Http))
        {
            var trigger = function.Bindings[0];
            trigger["authLevel"]!.GetValue<string>().ShouldBe("function", function.Name);
            function.Bindings.ShouldContain(b => b["type"]!.GetValue<string>() == "durableClient");
        }
    }

    [Fact]
    public void AlertsTopic_IsWrittenOnlyByThePublishingActivity_AndReadByTheRouter()
    {
        var catalog = _composition.Services.GetRequiredService<FunctionCatalog>();

        var writers = catalog.All.Where(f => f.Bindings.Any(b => Type(b) == "serviceBus" && Direction(b) == "out")).ToList();
        writers.ShouldHaveSingleItem().Name.ShouldBe("PublishAlert");
        var router = catalog.All.Single(f => f.Name == "AlertRouter").Bindings[0];
        (Type(router), router["topicName"]!.GetValue<string>(), router["subscriptionName"]!.GetValue<string>(), router["connection"]!.GetValue<string>())
            .ShouldBe(("serviceBusTrigger", "alerts", "router", "ServiceBusConnection"));
    }

    private static string Type(JsonObject binding) => binding["type"]!.GetValue<string>();

    private static string Direction(JsonObject binding) => binding["direction"]!.GetValue<string>();

    internal static string RepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ReplOrchestrator.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }

    private sealed class WebApplicationHolder(Microsoft.AspNetCore.Builder.WebApplication app) : IAsyncDisposable
    {
        public IServiceProvider Services => app.Services;

        public ValueTask DisposeAsync() => app.DisposeAsync();
    }
}
