using Microsoft.AspNetCore.Http;
using ReplOrchestrator.Api.Problems;

namespace ReplOrchestrator.Api.Dashboard;

/// <summary>
/// <c>GET /api/dashboard/{path}</c>: the dashboard's files, without a key (they hold no fleet data), under a strict
/// content security policy. It lives under <c>/api</c> because the function app routes only that prefix to the API,
/// so the same URL works on both hosts.
/// </summary>
internal static class DashboardEndpoints
{
    /// <summary>The path the dashboard is served under.</summary>
    public const string Root = "/api/dashboard/";

    // Scripts and styles only from this origin and never inline, data only from the API beside them, no frames.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
        + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static IResult Asset(HttpContext context, string? path)
    {
        // The page's relative links (styles, modules, ../fleet) need the folder's trailing slash.
        if (string.IsNullOrEmpty(path) && context.Request.Path.Value?.EndsWith('/') != true)
        {
            return ToRoot(context);
        }

        if (DashboardAssets.Find(path) is not { } asset)
        {
            return ApiProblems.NotFound("dashboard file", path ?? string.Empty);
        }

        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        // Revalidated on every load, so a new build is picked up at once; the tag makes that a 304.
        headers.CacheControl = "no-cache";
        headers.ETag = asset.EntityTag;
        if (context.Request.Headers.IfNoneMatch.Contains(asset.EntityTag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(asset.Content, asset.ContentType);
    }

    /// <summary>Sends <c>/</c> and <c>/api/dashboard</c> to the dashboard's folder.</summary>
    public static IResult ToRoot(HttpContext context) => Results.Redirect(context.Request.PathBase + Root);
}
