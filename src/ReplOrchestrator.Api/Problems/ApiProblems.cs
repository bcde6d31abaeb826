using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ReplOrchestrator.Api.Problems;

/// <summary>
/// Every error answer of the API, as RFC 9457 problem details (<c>application/problem+json</c>) with a
/// stable <c>type</c> per kind of problem, so clients can branch on it without parsing text.
/// </summary>
public static class ApiProblems
{
    /// <summary>Prefix of every problem type this API answers with.</summary>
    public const string TypePrefix = "urn:replorchestrator:problem:";

    /// <summary>400: the body broke contract rules; <c>errors</c> lists every one with its JSON path.</summary>
    public static IResult InvalidBody(string title, IReadOnlyList<ProblemError> errors) =>
        Problem(StatusCodes.Status400BadRequest, "invalid-body", title, $"{errors.Count} problem(s) in the request body; nothing was stored.",
            new Dictionary<string, object?> { ["errors"] = errors });

    /// <summary>400: a query or route value is not acceptable.</summary>
    public static IResult InvalidParameter(string name, string detail) =>
        Problem(StatusCodes.Status400BadRequest, "invalid-parameter", $"The parameter '{name}' is not valid.", detail);

    /// <summary>401: no credential, or one that belongs to nobody.</summary>
    public static IResult Unauthorized(string header, string detail) =>
        Problem(StatusCodes.Status401Unauthorized, "unauthorized", $"A valid {header} header is required.", detail);

    /// <summary>403: the credential is valid but not for this resource.</summary>
    public static IResult Forbidden(string detail) =>
        Problem(StatusCodes.Status403Forbidden, "forbidden", "This credential may not do that.", detail);

    /// <summary>404: nothing has that id.</summary>
    public static IResult NotFound(string what, string id) =>
        Problem(StatusCodes.Status404NotFound, "not-found", $"No {what} with that id.", $"No {what} '{id}' is known.");

    /// <summary>413: the body is larger than the limit; it was not read.</summary>
    public static IResult TooLarge(long limitBytes) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "too-large", "The request body is too large.", $"At most {limitBytes} bytes are accepted; nothing was stored.");

    /// <summary>415: the body is not JSON.</summary>
    public static IResult UnsupportedMediaType(string? contentType) =>
        Problem(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "The request body must be JSON.",
            $"Send Content-Type: application/json (received '{contentType ?? "none"}'); nothing was stored.");

    /// <summary>431: the request's headers exceed <see cref="RequestHeaderLimits"/>; it was not read.</summary>
    public static IResult HeadersTooLarge(int lines, long bytes) =>
        Problem(StatusCodes.Status431RequestHeaderFieldsTooLarge, "headers-too-large", "The request headers are too large.",
            $"The request has {lines} header lines and {bytes} bytes of headers; at most {RequestHeaderLimits.MaxCount} lines and "
                + $"{RequestHeaderLimits.MaxTotalBytes} bytes are accepted; nothing was read.");

    /// <summary>503: the engine behind the API cannot take the request now; retry later.</summary>
    public static IResult Unavailable(string detail) =>
        Problem(StatusCodes.Status503ServiceUnavailable, "unavailable", "The service cannot take this request now.", detail);

    private static IResult Problem(int status, string type, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(new ProblemDetails
        {
            Type = TypePrefix + type,
            Title = title,
            Status = status,
            Detail = detail,
            Extensions = extensions ?? new Dictionary<string, object?>(),
        });
}
