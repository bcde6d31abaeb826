using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ReplOrchestrator.Api.Problems;

/// <summary>
/// The error handling both hosts put in front of the API: oversized headers, unhandled exceptions and bare
/// status codes (a routing miss, a wrong method) all answer with <see cref="ApiProblems"/>' problem documents.
/// </summary>
public static class ApiProblemPipeline
{
    /// <summary>Registers problem details whose framework-made answers carry the API's problem types.</summary>
    public static IServiceCollection AddApiProblemDetails(this IServiceCollection services) =>
        services.AddProblemDetails(options => options.CustomizeProblemDetails = StatusProblems.Customize);

    /// <summary>
    /// Adds, in this order, the header limit (<see cref="RequestHeaderLimits"/>), the exception handler (a 500
    /// problem) and status code pages (a problem body for a bare status code). Call before the endpoints.
    /// </summary>
    public static IApplicationBuilder UseApiProblems(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app.UseMiddleware<RequestHeaderGate>();
    }
}
