namespace ReplOrchestrator.Api.Problems;

/// <summary>How much request header the API takes, and how much the local host's server reads to say so.</summary>
public static class RequestHeaderLimits
{
    /// <summary>
    /// Most header bytes a request may carry (names, values and line ends): 32 KiB, Kestrel's own default
    /// and Azure Front Door's limit, far above what any client of this API sends (its largest header is a key).
    /// </summary>
    public const int MaxTotalBytes = 32 * 1024;

    /// <summary>Most header lines a request may carry: 100, Kestrel's own default.</summary>
    public const int MaxCount = 100;

    /// <summary>
    /// How many header bytes the local host's server reads before it drops a request unanswered: four times
    /// <see cref="MaxTotalBytes"/>, so an oversized request gets a problem document, while what an
    /// unauthenticated request can make the server hold stays small.
    /// </summary>
    public const int ServerCeilingBytes = 4 * MaxTotalBytes;

    /// <summary>How many header lines the local host's server reads before it drops a request unanswered: four times <see cref="MaxCount"/>.</summary>
    public const int ServerCeilingCount = 4 * MaxCount;
}
