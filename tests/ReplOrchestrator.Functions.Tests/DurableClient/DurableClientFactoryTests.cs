using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using ReplOrchestrator.Functions.DurableClient;
using ReplOrchestrator.TestUtilities;

namespace ReplOrchestrator.Functions.Tests.DurableClient;

public sealed class DurableClientFactoryTests
{
    [Fact]
    public async Task Create_GrpcEndpointRefusesConnections_FallsBackToManagementApi()
    {
        await using var management = await LoopbackHttpServer.StartAsync(_ => new CannedResponse(404));
        var binding = new DurableClientBinding("ReplHub", null, new Uri($"http://127.0.0.1:{ClosedPort()}"), new Uri(management.BaseAddress, "runtime/webhooks/durabletask"), "code=k");

        var client = DurableClientFactory.Create(binding, new HttpClient(), new HttpClient());
        var status = await client.GetInstanceAsync("vm:a:b");

        status.ShouldBeNull();
        client.ShouldBeOfType<FallbackDurableClient>().UsingFallback.ShouldBeTrue();
        management.Requests.Single().Path.ShouldBe("/runtime/webhooks/durabletask/instances/vm:a:b");
    }

    [Fact]
    public void Create_OnlyGrpc_UsesSidecarClient() =>
        DurableClientFactory.Create(new DurableClientBinding("h", null, new Uri("http://127.0.0.1:4001"), null, null), new HttpClient(), new HttpClient())
            .ShouldBeOfType<SidecarDurableClient>();

    [Fact]
    public void Create_NeitherEndpoint_FailsClearly() =>
        Should.Throw<ArgumentException>(() => DurableClientFactory.Create(new DurableClientBinding("h", null, null, null, null), new HttpClient(), new HttpClient()))
            .Message.ShouldContain("neither rpcBaseUrl nor httpBaseUrl");

    [Theory]
    [InlineData("""{"taskHubName":"ReplHub","connectionName":null,"rpcBaseUrl":"http://127.0.0.1:4001","requiredQueryStringParameters":"code=abc","httpBaseUrl":"https://app.azurewebsites.net/runtime/webhooks/durabletask"}""")]
    [InlineData("""{"d":"{\"taskHubName\":\"ReplHub\",\"rpcBaseUrl\":\"http://127.0.0.1:4001\",\"requiredQueryStringParameters\":\"code=abc\",\"httpBaseUrl\":\"https://app.azurewebsites.net/runtime/webhooks/durabletask\"}"}""")]
    [InlineData("""{"d":"\"{\\\"taskHubName\\\":\\\"ReplHub\\\",\\\"rpcBaseUrl\\\":\\\"http://127.0.0.1:4001\\\",\\\"requiredQueryStringParameters\\\":\\\"code=abc\\\",\\\"httpBaseUrl\\\":\\\"https://app.azurewebsites.net/runtime/webhooks/durabletask\\\"}\""}""")]
    public void BindingParse_ObjectStringOrStringOfString_ReadsTheSameBinding(string json)
    {
        using var document = JsonDocument.Parse(json);
        var value = document.RootElement.TryGetProperty("d", out var inner) ? inner : document.RootElement;

        var binding = DurableClientBinding.Parse(value);

        binding.TaskHubName.ShouldBe("ReplHub");
        binding.RpcBaseUrl.ShouldBe(new Uri("http://127.0.0.1:4001"));
        binding.HttpBaseUrl!.AbsolutePath.ShouldBe("/runtime/webhooks/durabletask");
        binding.RequiredQueryStringParameters.ShouldBe("code=abc");
    }

    [Fact]
    public void BindingToString_NeverShowsTheSystemKey() =>
        new DurableClientBinding("h", null, null, null, "code=topsecret").ToString().ShouldNotContain("topsecret");

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
