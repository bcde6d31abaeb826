namespace ReplOrchestrator.Api.Security;

/// <summary>
/// The rule every configured key must meet: at least 128 bits of entropy, counted from how the key is written,
/// since the server cannot see how it was made.
/// </summary>
/// <remarks>
/// A key counts 4 bits per character when every character is a hexadecimal digit (<c>0-9</c>, <c>a-f</c>,
/// <c>A-F</c>) and 6 bits per character otherwise (base64's density, the densest text a key generator writes);
/// trailing <c>=</c> padding does not count. So a hex key needs at least 32 characters (<c>openssl rand -hex 16</c>)
/// and any other key at least 22 (<c>openssl rand -base64 16</c> gives 24 with its padding). The count is an upper
/// bound: a long key typed by hand passes it and is still a weak key.
/// </remarks>
internal static class KeyStrength
{
    /// <summary>The least entropy a key must have, in bits.</summary>
    public const int MinimumBits = 128;

    /// <summary>What the rule asks for, for people (one sentence, no key in it).</summary>
    public const string Requirement =
        "every key needs 128 bits: at least 32 hexadecimal characters or 22 of any other kind (make one with `openssl rand -hex 16`)";

    /// <summary>The bits <paramref name="key"/> counts for under the rule.</summary>
    public static int Bits(string key)
    {
        var significant = key.AsSpan().TrimEnd('=');
        var bitsPerCharacter = significant.ContainsAnyExcept(HexDigits) ? 6 : 4;
        return significant.Length * bitsPerCharacter;
    }

    /// <summary>Whether <paramref name="key"/> meets the rule.</summary>
    public static bool IsStrong(string key) => Bits(key) >= MinimumBits;

    private static ReadOnlySpan<char> HexDigits => "0123456789abcdefABCDEF";
}
