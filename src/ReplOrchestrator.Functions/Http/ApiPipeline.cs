using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ReplOrchestrator.Api;

namespace ReplOrchestrator.Functions.Http;

/// <summary>
/// The API's request pipeline, built once with the app's services: the local host's problem-details
/// handling (an unhandled exception becomes a 500 problem, a bare status code a problem body), then
/// routing to the endpoints of <see cref="ReplOrchestratorApi"/>.
/// </summary>
internal sealed class ApiPipeline
{
    private readonly RequestDelegate _pipeline;

    public ApiPipeline(IServiceProvider services)
    {
        var app = new ApplicationBuilder(services);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseEndpoints(endpoints => endpoints.MapReplOrchestratorApi());
        _pipeline = app.Build();
    }

    /// <summary>Runs one request; the response is written to <paramref name="context"/>.</summary>
    public Task InvokeAsync(HttpContext context) => _pipeline(context);
}
