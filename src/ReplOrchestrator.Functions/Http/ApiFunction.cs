using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using ReplOrchestrator.Functions.Durable;

namespace ReplOrchestrator.Functions.Http;

/// <summary>
/// Serves the whole HTTP API (<c>/api/...</c>) through one function: the request runs through the same
/// endpoints, key checks and problem details as on the local host. The Functions host checks the function
/// key first (<see cref="AuthorizationLevel.Function"/>); the API then checks its own keys.
/// </summary>
internal sealed class ApiFunction(ApiPipeline pipeline)
{
    /// <summary>The function's name.</summary>
    public const string Name = "Api";

    /// <summary>
    /// Runs one request; the API writes the response itself. The usual methods all reach it, so one a route
    /// does not take is answered by the API's 405 problem rather than by the host.
    /// </summary>
    [Function(Name)]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", "post", "delete", "put", "patch", "head", "options", Route = "{*path}")] HttpRequest request,
        [DurableClient] DurableTaskClient client)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = request.HttpContext;
        context.RequestServices.GetRequiredService<InvocationDurableClient>().Bind(client);

        // The worker's own routing matched this function; the API's routing must match its own endpoint,
        // and skips matching altogether while one is set.
        context.SetEndpoint(null);
        context.Request.RouteValues.Clear();
        await pipeline.InvokeAsync(context);
        return new EmptyResult();
    }
}
