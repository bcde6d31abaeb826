using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace ReplOrchestrator.Api.Problems;

/// <summary>
/// Gives the problems the framework writes by itself (no route, a wrong method, an unhandled exception)
/// the API's own <c>type</c>, title and detail, so every error answer is one of <see cref="ApiProblems"/>' kinds.
/// </summary>
internal static class StatusProblems
{
    // A path is echoed to say what was asked for; a longer one says nothing more.
    private const int MaxEchoedPath = 200;

    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Type?.StartsWith(ApiProblems.TypePrefix, StringComparison.Ordinal) == true)
        {
            return;
        }

        var request = context.HttpContext.Request;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        var asked = $"{request.Method} {Echo(request.Path.Value)}";
        (var kind, problem.Title, problem.Detail) = status switch
        {
            StatusCodes.Status404NotFound => ("not-found", "Nothing answers at this address.", $"No route answers {asked}; the routes are listed in the README."),
            StatusCodes.Status405MethodNotAllowed => ("method-not-allowed", "This address does not take that method.",
                $"{asked} is not served; this route takes {context.HttpContext.Response.Headers.Allow}."),
            StatusCodes.Status500InternalServerError => ("internal-error", "The request failed on the server.",
                "An unexpected error occurred; the server's log has the details. Retry later."),
            _ => (Kind(status), ReasonPhrases.GetReasonPhrase(status), problem.Detail),
        };
        problem.Type = ApiProblems.TypePrefix + kind;
    }

    private static string Kind(int status) =>
        ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase
            ? new string([.. phrase.ToLowerInvariant().Replace(' ', '-').Where(c => char.IsAsciiLetterLower(c) || c == '-')])
            : $"http-{status}";

    private static string Echo(string? path) =>
        path is null ? "/" : new string([.. path.Take(MaxEchoedPath).Select(c => char.IsControl(c) ? '?' : c)]) + (path.Length > MaxEchoedPath ? "…" : "");
}
