using System.Text;

namespace ReplOrchestrator.Engine;

/// <summary>The engine's query continuation tokens: the last instance id of the previous page, opaque to callers.</summary>
internal static class ContinuationTokens
{
    public static string Encode(string lastInstanceId) => Convert.ToBase64String(Encoding.UTF8.GetBytes(lastInstanceId));

    /// <exception cref="ArgumentException">The token was not issued by this engine.</exception>
    public static string Decode(string token)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(token));
        }
        catch (FormatException error)
        {
            throw new ArgumentException("The continuation token is not one this engine issued.", nameof(token), error);
        }
    }
}
