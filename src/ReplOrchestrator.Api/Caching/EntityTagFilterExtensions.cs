using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ReplOrchestrator.Api.Caching;

/// <summary>Puts an <see cref="EntityTagFilter"/> in front of a group of read endpoints.</summary>
internal static class EntityTagFilterExtensions
{
    /// <summary>Tags every successful answer of <paramref name="builder"/> and answers 304 to a matching <c>If-None-Match</c>.</summary>
    public static TBuilder WithEntityTags<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(new EntityTagFilter());
}
