using System.Text.Json;

namespace ReplOrchestrator.Api.Arm;

/// <summary>The outcome of listing one vault's migration items, or its events.</summary>
/// <param name="Status">The HTTP status that ended the read (200 when every page was read).</param>
/// <param name="Items">Every entry of every page; empty unless <paramref name="Status"/> is 200.</param>
public sealed record VaultRead(int Status, IReadOnlyList<JsonElement> Items)
{
    /// <summary>Every page was read.</summary>
    public bool IsRead => Status == 200;

    /// <summary>ARM refused the identity (401 or 403): it needs Reader on the vault.</summary>
    public bool IsDenied => Status is 401 or 403;

    /// <summary>The vault does not exist (any more).</summary>
    public bool IsGone => Status == 404;
}
