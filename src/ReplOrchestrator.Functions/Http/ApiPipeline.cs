using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ReplOrchestrator.Api;
using ReplOrchestrator.Api.Problems;

namespace ReplOrchestrator.Functions.Http;

/// <summary>
/// The API's request pipeline, built once with the app's services: the local host's problem-details
/// handling (<see cref="ApiProblemPipeline.UseApiProblems"/>: oversized headers, an unhandled exception and
/// a bare status code all answer a problem document), then routing to the endpoints of <see cref="ReplOrchestratorApi"/>.
/// </summary>
internal sealed class ApiPipeline
{
    private readonly RequestDelegate _pipeline;

    public ApiPipeline(IServiceProvider services)
    {
        var app = new ApplicationBuilder(services);
        app.UseApiProblems();
        app.UseRouting();
        app.UseEndpoints(endpoints => endpoints.MapReplOrchestratorApi());
        _pipeline = app.Build();
    }

    /// <summary>Runs one request; the response is written to <paramref name="context"/>.</summary>
    public Task InvokeAsync(HttpContext context) => _pipeline(context);
}
