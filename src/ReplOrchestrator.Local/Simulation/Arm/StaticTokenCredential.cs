using Azure.Core;

namespace ReplOrchestrator.Local.Simulation.Arm;

/// <summary>A credential that always hands out the same bearer token, valid for an hour: what the ARM stand-in expects.</summary>
internal sealed class StaticTokenCredential(string token) : TokenCredential
{
    /// <inheritdoc />
    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) => new(token, DateTimeOffset.UtcNow.AddHours(1));

    /// <inheritdoc />
    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) => new(GetToken(requestContext, cancellationToken));
}
