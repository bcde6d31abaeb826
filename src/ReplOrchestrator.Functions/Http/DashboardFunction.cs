using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ReplOrchestrator.Functions.Http;

/// <summary>
/// Serves the dashboard's files (<c>/api/dashboard/...</c>) through the API's pipeline without a function key: a
/// browser loading a page and its modules cannot add one to each request, and the files hold no fleet data. Its
/// literal segment wins over <see cref="ApiFunction"/>'s catch-all; every data call the page makes still goes through
/// that keyed function and the API's own key checks.
/// </summary>
internal sealed class DashboardFunction(ApiPipeline pipeline)
{
    /// <summary>The function's name.</summary>
    public const string Name = "Dashboard";

    /// <summary>Runs one request for a dashboard file; the API writes the response itself.</summary>
    [Function(Name)]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/{*path}")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = request.HttpContext;
        // As in ApiFunction: the API's routing must match its own endpoint, not the worker's.
        context.SetEndpoint(null);
        context.Request.RouteValues.Clear();
        await pipeline.InvokeAsync(context);
        return new EmptyResult();
    }
}
