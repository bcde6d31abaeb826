using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace ReplOrchestrator.Api.Caching;

/// <summary>
/// Gives a successful read a strong <c>ETag</c> over its exact body and answers <c>304 Not Modified</c> with no body
/// when <c>If-None-Match</c> names it, so a dashboard polling every few seconds moves bytes only when something
/// changed. The tag hashes what would be sent, so it needs no version kept anywhere and is the same on every
/// instance of the function app. Responses still say <c>no-store</c>: fleet data stays out of shared and disk caches;
/// the poller keeps its last copy itself.
/// </summary>
internal sealed class EntityTagFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var outcome = await next(context);
        if (outcome is not IResult result)
        {
            return outcome;
        }

        var http = context.HttpContext;
        var body = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await result.ExecuteAsync(http);
        }
        finally
        {
            http.Response.Body = body;
        }

        http.Response.Headers.CacheControl = "no-store";
        if (http.Response.StatusCode != StatusCodes.Status200OK)
        {
            await http.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), http.RequestAborted);
            return Results.Empty;
        }

        var tag = Tag(buffer);
        http.Response.Headers.ETag = tag;
        if (Matches(http.Request.Headers.IfNoneMatch, tag))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            http.Response.ContentType = null;
            http.Response.Headers.Remove(HeaderNames.Link);
            return Results.Empty;
        }

        http.Response.ContentLength = buffer.Length;
        await http.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), http.RequestAborted);
        return Results.Empty;
    }

    private static string Tag(MemoryStream body) =>
        "\"" + Convert.ToBase64String(SHA256.HashData(body.GetBuffer().AsSpan(0, (int)body.Length))[..18]).Replace('+', '-').Replace('/', '_') + "\"";

    // RFC 9110 §13.1.2: If-None-Match compares weakly, so a tag a proxy marked weak still matches.
    private static bool Matches(StringValues ifNoneMatch, string tag)
    {
        if (StringValues.IsNullOrEmpty(ifNoneMatch) || !EntityTagHeaderValue.TryParseList(ifNoneMatch, out var candidates))
        {
            return false;
        }

        var ours = new EntityTagHeaderValue(tag);
        return candidates.Any(c => c.Equals(EntityTagHeaderValue.Any) || c.Compare(ours, useStrongComparison: false));
    }
}
