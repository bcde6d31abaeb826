using Microsoft.AspNetCore.Http;
using ReplOrchestrator.Api.Problems;

namespace ReplOrchestrator.Api.Security;

/// <summary>
/// Lets a request through only with an <c>x-api-key</c> that allows <paramref name="required"/>: 401 without a
/// known key, 403 for a reader key on an endpoint that changes something.
/// </summary>
internal sealed class ApiKeyFilter(ApiKeyAuthenticator authenticator, ApiAccess required) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var key = context.HttpContext.Request.Headers[ApiKeyAuthenticator.Header].ToString();
        return authenticator.Access(key) switch
        {
            ApiAccess.None => ApiProblems.Unauthorized(ApiKeyAuthenticator.Header, string.IsNullOrEmpty(key) ? "The request carries no API key." : "The API key is not known."),
            var access when access < required => ApiProblems.Forbidden(
                "A reader key (Repl:ApiKeys) may read but not change anything; creating or deleting silences takes an operator key (Repl:OperatorKeys). Nothing was changed."),
            _ => await next(context),
        };
    }
}
