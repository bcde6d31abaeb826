using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ReplOrchestrator.Api.Security;

/// <summary>Puts an <see cref="ApiKeyFilter"/> in front of a group of endpoints.</summary>
internal static class ApiKeyFilterExtensions
{
    /// <summary>Requires an <c>x-api-key</c> that allows <paramref name="required"/> on every endpoint of <paramref name="builder"/>.</summary>
    public static TBuilder RequireApiKey<TBuilder>(this TBuilder builder, ApiAccess required)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory((factory, next) =>
        {
            var filter = new ApiKeyFilter(factory.ApplicationServices.GetRequiredService<ApiKeyAuthenticator>(), required);
            return invocation => filter.InvokeAsync(invocation, next);
        });
}
