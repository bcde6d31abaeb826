using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Features;
using ReplOrchestrator.Functions.CustomHandler;
using ReplOrchestrator.Functions.DurableClient;
using ReplOrchestrator.Functions.Manifest;

namespace ReplOrchestrator.Functions.Triggers;

/// <summary>
/// Serves <c>httpTrigger</c> functions with the same ASP.NET Core endpoints the local host serves:
/// the trigger value becomes an in-process <see cref="HttpContext"/>, the API pipeline runs it, and
/// the response becomes the <c>res</c> output binding. Routing, validation, authentication and
/// problem details are therefore identical in both hosts.
/// </summary>
internal sealed class HttpTriggerHandler(HttpApiPipeline pipeline, InvocationDurableClient durableClient, IServiceScopeFactory scopes) : IInvocationHandler
{
    /// <inheritdoc />
    public FunctionKind Kind => FunctionKind.Http;

    /// <inheritdoc />
    public async Task<HandlerResult> InvokeAsync(FunctionDefinition function, InvocationRequest invocation, CancellationToken cancellationToken)
    {
        var response = new InvocationResponse();
        if (!invocation.Data.TryGetValue("req", out var value))
        {
            response.Logs.Add($"{function.Name}: the invocation carries no 'req' value");
            return new HandlerResult(StatusCodes.Status400BadRequest, response);
        }

        if (invocation.Data.TryGetValue("starter", out var starter))
        {
            durableClient.Accept(DurableClientBinding.Parse(starter));
        }

        var request = HttpTriggerRequest.Parse(value);
        await using var scope = scopes.CreateAsyncScope();
        var context = CreateContext(request, scope.ServiceProvider, cancellationToken);
        await pipeline.Delegate(context).ConfigureAwait(false);
        response.Outputs["res"] = ToOutput(context);
        response.Logs.Add($"{function.Name}: {request.Method} {request.Url.AbsolutePath} → {context.Response.StatusCode}");
        return new HandlerResult(StatusCodes.Status200OK, response);
    }

    private static DefaultHttpContext CreateContext(HttpTriggerRequest request, IServiceProvider services, CancellationToken cancellationToken)
    {
        var features = new FeatureCollection();
        features.Set<IHttpRequestFeature>(new HttpRequestFeature());
        features.Set<IHttpResponseFeature>(new HttpResponseFeature());
        features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(new MemoryStream()));
        features.Set<IHttpRequestLifetimeFeature>(new HttpRequestLifetimeFeature { RequestAborted = cancellationToken });
        var context = new DefaultHttpContext(features) { RequestServices = services };

        context.Request.Method = request.Method;
        context.Request.Scheme = request.Url.Scheme;
        context.Request.Host = new HostString(request.Url.Authority);
        context.Request.Path = new PathString(Uri.UnescapeDataString(request.Url.AbsolutePath));
        context.Request.QueryString = new QueryString(request.Url.Query);
        foreach (var (name, values) in request.Headers)
        {
            context.Request.Headers[name] = values;
        }

        var body = request.Body is null ? [] : Encoding.UTF8.GetBytes(request.Body);
        context.Request.Body = new MemoryStream(body, writable: false);
        context.Request.ContentLength = body.Length;
        return context;
    }

    private static JsonObject ToOutput(HttpContext context)
    {
        var stream = (MemoryStream)context.Features.Get<IHttpResponseBodyFeature>()!.Stream;
        var headers = new JsonObject();
        foreach (var (name, values) in context.Response.Headers)
        {
            headers[name] = values.ToString();
        }

        return new JsonObject
        {
            ["statusCode"] = context.Response.StatusCode,
            ["headers"] = headers,
            ["body"] = Encoding.UTF8.GetString(stream.ToArray()),
        };
    }
}
