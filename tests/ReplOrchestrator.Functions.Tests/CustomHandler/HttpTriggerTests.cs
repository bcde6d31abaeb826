using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.DurableTask.Hosting;
using ReplOrchestrator.Functions.CustomHandler;
using ReplOrchestrator.Functions.DurableClient;
using ReplOrchestrator.Functions.Manifest;
using ReplOrchestrator.Functions.Triggers;

namespace ReplOrchestrator.Functions.Tests.CustomHandler;

public sealed class HttpTriggerTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        var catalog = new FunctionCatalog(
        [
            new FunctionDefinition("Echo", FunctionKind.Http, "req", [Bindings.HttpTrigger("echo/{id}", "post"), Bindings.HttpOutput(), Bindings.DurableClient()]),
        ]);
        _app = HandlerApplication.Build([], 0, services =>
        {
            services.AddSingleton(catalog);
            services.AddSingleton<IOrchestrationInvoker>(new HandlerHost.RecordingOrchestrations());
            services.AddSingleton<IActivityInvoker>(new HandlerHost.RecordingActivities());
            services.AddSingleton(new InvocationDurableClient(b => DurableClientFactory.Create(b, new HttpClient(), new HttpClient())));
            services.AddScoped(sp => sp.GetRequiredService<InvocationDurableClient>().Current);
            services.AddSingleton(sp => HttpApiPipeline.Build(sp, MapEcho));
            services.AddSingleton<IInvocationHandler, HttpTriggerHandler>();
        });
        await _app.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task HttpFunction_RequestDescription_RunsThroughTheEndpointAndBecomesTheResOutput()
    {
        var res = await InvokeAsync(Request("https://repl.azurewebsites.net/api/echo/vm-1?verbose=true", "\"{\\\"a\\\":1}\""));

        res["statusCode"]!.GetValue<int>().ShouldBe(201);
        res["headers"]!["Content-Type"]!.GetValue<string>().ShouldStartWith("application/json");
        var body = JsonNode.Parse(res["body"]!.GetValue<string>())!;
        body["id"]!.GetValue<string>().ShouldBe("vm-1");
        body["verbose"]!.GetValue<string>().ShouldBe("true");
        body["key"]!.GetValue<string>().ShouldBe("k-1");
        body["body"]!.GetValue<string>().ShouldBe("{\"a\":1}");
        body["client"]!.GetValue<string>().ShouldBe(nameof(SidecarDurableClient));
    }

    [Fact]
    public async Task HttpFunction_BodyAlreadyParsedAsObject_IsPassedAsItsJson()
    {
        var res = await InvokeAsync(Request("https://repl.azurewebsites.net/api/echo/vm-2", "{\"a\":2}"));

        JsonNode.Parse(res["body"]!.GetValue<string>())!["body"]!.GetValue<string>().ShouldBe("{\"a\":2}");
    }

    [Fact]
    public async Task HttpFunction_UnknownRoute_Gives404Output()
    {
        var res = await InvokeAsync(Request("https://repl.azurewebsites.net/api/nothing-here", "null"));

        res["statusCode"]!.GetValue<int>().ShouldBe(404);
    }

    private static void MapEcho(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/echo/{id}", async (HttpContext context, string id, IDurableClient client) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            return Results.Json(
                new
                {
                    id,
                    verbose = context.Request.Query["verbose"].ToString(),
                    key = context.Request.Headers["x-appliance-key"].ToString(),
                    body,
                    client = client.GetType().Name,
                },
                statusCode: 201);
        });

    private static string Request(string url, string bodyJson) => $$"""
        {
          "Data": {
            "req": {
              "Url": "{{url}}",
              "Method": "POST",
              "Query": {},
              "Headers": { "Content-Type": ["application/json"], "x-appliance-key": ["k-1"] },
              "Params": {},
              "Identities": [],
              "Body": {{bodyJson}}
            },
            "starter": {{JsonSerializer.Serialize(JsonSerializer.Serialize(new { taskHubName = "ReplHub", rpcBaseUrl = "http://127.0.0.1:4001", requiredQueryStringParameters = "code=x" }))}}
          },
          "Metadata": { "sys": { "MethodName": "Echo" } }
        }
        """;

    private async Task<JsonObject> InvokeAsync(string envelope)
    {
        using var content = new StringContent(envelope, System.Text.Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(new Uri("Echo", UriKind.Relative), content);
        ((int)response.StatusCode).ShouldBe(200);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return body["Outputs"]!["res"]!.AsObject();
    }
}
