namespace ReplOrchestrator.Domain.Notifications.Email;

/// <summary>One entry of a list in a mail: a lead in bold (a cause's confidence, a VM), the text, and sub-points (its evidence).</summary>
/// <param name="Lead">Shown first and in bold; empty for none.</param>
/// <param name="Text">The entry, after the lead and a space.</param>
/// <param name="Details">Sub-points under it.</param>
internal sealed record EmailItem(string Lead, string Text, IReadOnlyList<string> Details)
{
    /// <summary>An entry that is only text.</summary>
    public static EmailItem Plain(string text) => new(string.Empty, text, []);
}
