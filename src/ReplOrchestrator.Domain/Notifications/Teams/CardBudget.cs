namespace ReplOrchestrator.Domain.Notifications.Teams;

/// <summary>
/// How much of a group one card shows; a card that serializes over the byte limit is rebuilt with the next,
/// smaller budget of <see cref="Ladder"/>.
/// </summary>
/// <param name="Detailed">Alerts shown in full (causes, actions, probes).</param>
/// <param name="Listed">Further alerts shown as one line each.</param>
/// <param name="Causes">Causes per alert.</param>
/// <param name="Evidence">Evidence lines per cause.</param>
/// <param name="Actions">Recommended actions per alert.</param>
/// <param name="Probes">Probe results per alert.</param>
/// <param name="TextLength">The longest text any one line keeps.</param>
internal readonly record struct CardBudget(int Detailed, int Listed, int Causes, int Evidence, int Actions, int Probes, int TextLength)
{
    /// <summary>From generous to bare; the last one fits any group (one line per element, a few lines in all).</summary>
    public static IReadOnlyList<CardBudget> Ladder { get; } =
    [
        new(10, 200, 6, 6, 8, 16, 600),
        new(5, 60, 5, 4, 6, 12, 400),
        new(3, 30, 4, 3, 5, 10, 300),
        new(2, 15, 3, 2, 4, 8, 200),
        new(1, 8, 3, 1, 3, 6, 160),
        new(1, 0, 2, 1, 2, 4, 120),
        new(0, 0, 0, 0, 0, 0, 100),
    ];

    /// <summary><paramref name="text"/> cut to <see cref="TextLength"/>, with an ellipsis when cut.</summary>
    public string Cut(string? text) => NotificationText.Cut(text, TextLength);
}
