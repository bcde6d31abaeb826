using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace ReplOrchestrator.Api.Configuration;

/// <summary>
/// Binder failures told without the values: the binder quotes the value it could not convert, and in a section
/// holding secrets that value can be one (a webhook URL written as <c>Teams:0</c> instead of <c>Teams:0:WebhookUrl</c>).
/// </summary>
internal static partial class BindingErrors
{
    private const string Hidden = "(value not shown)";

    /// <summary>
    /// The binder's own account of <paramref name="error"/> (inside a list it wraps it in a generic one), with no
    /// value of <paramref name="section"/> in it and no inner exception (whose messages quote the value too).
    /// </summary>
    public static InvalidOperationException WithoutValues(InvalidOperationException error, IConfigurationSection section)
    {
        var innermost = error;
        for (var inner = error.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is InvalidOperationException binderError)
            {
                innermost = binderError;
            }
        }

        var message = FailedConversion().Replace(innermost.Message, match =>
            $"Failed to convert the configuration value at '{match.Groups["path"].Value}' to type '{match.Groups["type"].Value}' {Hidden}.");
        // Any other message that quotes a value: hide every value of the section it contains, longest first.
        foreach (var value in section.AsEnumerable().Select(pair => pair.Value).OfType<string>().Where(v => v.Length >= 4).OrderByDescending(v => v.Length))
        {
            message = message.Replace(value, Hidden, StringComparison.Ordinal);
        }

        return new InvalidOperationException($"{section.Path}: {message}");
    }

    [GeneratedRegex(@"Failed to convert configuration value '.*' at '(?<path>[^']*)' to type '(?<type>[^']*)'\.", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex FailedConversion();
}
