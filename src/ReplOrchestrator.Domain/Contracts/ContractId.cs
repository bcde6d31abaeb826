using System.Buffers;

namespace ReplOrchestrator.Domain.Contracts;

/// <summary>
/// The rule every identifier in the contracts follows (appliance, VM, cycle, disk and command ids):
/// 1 to 64 characters from ASCII letters, digits, <c>.</c>, <c>_</c> and <c>-</c>, and not <c>.</c> or <c>..</c>.
/// </summary>
/// <remarks>
/// Ids become parts of durable instance ids (<c>vm:{applianceId}:{vmId}</c>), dedup keys
/// (<c>{applianceId}/{vmId}/{code}</c>) and URL path segments. Excluding <c>:</c> and <c>/</c> keeps
/// those compositions unambiguous and reversible; excluding <c>\ ? #</c> and control characters keeps
/// them legal for the Durable extension, which rejects such instance ids. <c>.</c> and <c>..</c> are
/// dot-segments that clients and servers remove from a URL path (RFC 3986, section 5.2.4), so a VM
/// named so could be reported but never read back.
/// </remarks>
public static class ContractId
{
    /// <summary>The longest id accepted, in characters.</summary>
    public const int MaxLength = 64;

    private static readonly SearchValues<char> s_allowed =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-");

    /// <summary>Whether <paramref name="id"/> follows the id rule.</summary>
    public static bool IsValid(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= MaxLength && !id.AsSpan().ContainsAnyExcept(s_allowed) && !IsDotSegment(id);

    /// <summary>Why <paramref name="id"/> breaks the id rule, or <see langword="null"/> when it does not.</summary>
    public static string? Explain(string? id) => id switch
    {
        null or "" => "must not be empty",
        { Length: > MaxLength } => $"must be at most {MaxLength} characters (was {id.Length})",
        _ when id.AsSpan().ContainsAnyExcept(s_allowed) =>
            $"'{Printable(id)}' may contain only letters, digits, '.', '_' and '-'",
        _ when IsDotSegment(id) => "must not be '.' or '..', which a URL path cannot carry",
        _ => null,
    };

    /// <summary>Throws <see cref="ArgumentException"/> when <paramref name="id"/> breaks the id rule.</summary>
    /// <exception cref="ArgumentException">The id is empty, too long, or has a character outside the rule.</exception>
    public static string Ensure(string? id, string paramName)
    {
        var problem = Explain(id);
        return problem is null ? id! : throw new ArgumentException($"The id {problem}.", paramName);
    }

    private static bool IsDotSegment(string id) => id is "." or "..";

    // Control characters in an echoed id would corrupt a one-line error or a log line.
    private static string Printable(string id) =>
        string.Create(id.Length, id, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? '?' : source[i];
            }
        });
}
