using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using ReplOrchestrator.Functions.Http;

namespace ReplOrchestrator.Functions.Tests.Support;

/// <summary>
/// One request to the API function as the worker's ASP.NET Core integration makes it: a real
/// <see cref="HttpContext"/> whose services are the invocation's scope and on which the worker's routing has
/// already set the function's endpoint, passed to the function class with the invocation's durable client.
/// </summary>
internal static class HttpCall
{
    public static async Task<HttpAnswer> SendAsync(FunctionApp app, DurableTaskClient client, string method, string path,
        IReadOnlyDictionary<string, string>? headers = null, string? body = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var response = new MemoryStream();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(response));
        context.Request.Method = method;
        context.Request.Scheme = "https";
        context.Request.Host = new HostString("func-repl.azurewebsites.net");
        context.Request.Path = path;
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            context.Request.Headers[name] = value;
        }

        var bytes = Encoding.UTF8.GetBytes(body ?? string.Empty);
        context.Request.Body = new MemoryStream(bytes);
        context.Request.ContentLength = bytes.Length;
        context.SetEndpoint(new Endpoint(_ => Task.CompletedTask, EndpointMetadataCollection.Empty, ApiFunction.Name));

        var function = ActivatorUtilities.CreateInstance<ApiFunction>(scope.ServiceProvider);
        await function.RunAsync(context.Request, client);
        return new HttpAnswer(context.Response.StatusCode, context.Response.ContentType, Encoding.UTF8.GetString(response.ToArray())) { ETag = context.Response.Headers.ETag };
    }
}

/// <summary>What the API answered.</summary>
internal sealed record HttpAnswer(int Status, string? ContentType, string Body)
{
    public string? ETag { get; init; }

    public JsonNode? Json => Body.Length == 0 ? null : JsonNode.Parse(Body);
}
