using Microsoft.AspNetCore.Http;
using ReplOrchestrator.Api.Problems;

namespace ReplOrchestrator.Api.Security;

/// <summary>Lets a request through to the read and silence endpoints only with a valid <c>x-api-key</c>.</summary>
internal sealed class ApiKeyFilter(ApiKeyAuthenticator authenticator) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var key = context.HttpContext.Request.Headers[ApiKeyAuthenticator.Header].ToString();
        return authenticator.IsValid(key)
            ? await next(context)
            : ApiProblems.Unauthorized(ApiKeyAuthenticator.Header, string.IsNullOrEmpty(key) ? "The request carries no API key." : "The API key is not known.");
    }
}
