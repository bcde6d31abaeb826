using Microsoft.AspNetCore.Http;

namespace ReplOrchestrator.Api.Problems;

/// <summary>Answers a request whose headers exceed <see cref="RequestHeaderLimits"/> with a 431 problem, before anything reads it.</summary>
internal sealed class RequestHeaderGate(RequestDelegate next)
{
    // ": " and CRLF around every value, as on the wire.
    private const int LineOverhead = 4;

    public Task InvokeAsync(HttpContext context)
    {
        var lines = 0;
        long bytes = 0;
        foreach (var (name, values) in context.Request.Headers)
        {
            foreach (var value in values)
            {
                lines++;
                bytes += name.Length + (value?.Length ?? 0) + LineOverhead;
            }
        }

        return lines > RequestHeaderLimits.MaxCount || bytes > RequestHeaderLimits.MaxTotalBytes
            ? ApiProblems.HeadersTooLarge(lines, bytes).ExecuteAsync(context)
            : next(context);
    }
}
