using System.Globalization;

namespace ReplOrchestrator.Domain.Notifications;

/// <summary>
/// One place a receiver's notifications go, named without its secrets: what durable state, the API and the log
/// may hold. The sender looks the target's settings up again by <see cref="Id"/> when it delivers.
/// </summary>
/// <param name="Id"><c>teams:{m}</c> or <c>email:{m}</c>: the target's index among the receiver's Teams or email targets.</param>
/// <param name="Description">The target for people: the webhook's scheme and host, or the recipients.</param>
public sealed record NotificationTarget(string Id, string Description)
{
    /// <summary>The id prefix of a receiver's Teams targets.</summary>
    public const string TeamsPrefix = "teams:";

    /// <summary>The id prefix of a receiver's email targets.</summary>
    public const string EmailPrefix = "email:";

    /// <summary>Every target of <paramref name="receiver"/>, Teams first, in configuration order.</summary>
    public static IReadOnlyList<NotificationTarget> Of(ReceiverOptions receiver)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        return
        [
            .. receiver.Teams.Select((t, m) => new NotificationTarget(TeamsPrefix + m.ToString(CultureInfo.InvariantCulture), t.ToString())),
            .. receiver.Email.Select((e, m) => new NotificationTarget(EmailPrefix + m.ToString(CultureInfo.InvariantCulture), $"Email to {string.Join(", ", e.To)}")),
        ];
    }

    /// <summary>The index in <paramref name="id"/> when it has <paramref name="prefix"/>; null otherwise.</summary>
    public static int? IndexOf(string id, string prefix)
    {
        ArgumentNullException.ThrowIfNull(id);
        return id.StartsWith(prefix, StringComparison.Ordinal)
            && int.TryParse(id.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                ? index
                : null;
    }
}
