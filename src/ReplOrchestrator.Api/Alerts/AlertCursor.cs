using System.Buffers.Text;
using System.Globalization;
using System.Text;
using ReplOrchestrator.Domain.Alerts;

namespace ReplOrchestrator.Api.Alerts;

/// <summary>
/// Where a page of <c>GET /api/alerts</c> ended: the last alert's <c>lastSeen</c> and <c>id</c>. The next page
/// starts after it in the listing's order, so alerts raised meanwhile neither repeat nor push others off a page.
/// </summary>
/// <param name="LastSeen">The last alert's <see cref="Alert.LastSeen"/>.</param>
/// <param name="Id">The last alert's <see cref="Alert.Id"/>.</param>
internal readonly record struct AlertCursor(DateTimeOffset LastSeen, string Id)
{
    /// <summary>The cursor after <paramref name="alert"/>.</summary>
    public static AlertCursor After(Alert alert) => new(alert.LastSeen, alert.Id);

    /// <summary>The opaque text clients pass back as <c>after</c>.</summary>
    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{LastSeen.UtcTicks}:{Id}")));

    /// <summary>Reads a cursor made by <see cref="Encode"/>; false for anything else.</summary>
    public static bool TryDecode(string text, out AlertCursor cursor)
    {
        cursor = default;
        if (text.Length > 256 || !Base64Url.IsValid(text))
        {
            return false;
        }

        var decoded = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text));
        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !long.TryParse(decoded.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTimeOffset.MaxValue.UtcTicks || colon == decoded.Length - 1)
        {
            return false;
        }

        cursor = new AlertCursor(new DateTimeOffset(ticks, TimeSpan.Zero), decoded[(colon + 1)..]);
        return true;
    }

    /// <summary>Whether <paramref name="alert"/> comes after this cursor: newest <c>lastSeen</c> first, then by id.</summary>
    public bool Precedes(Alert alert) => alert.LastSeen < LastSeen || (alert.LastSeen == LastSeen && string.CompareOrdinal(alert.Id, Id) > 0);
}
