namespace ReplOrchestrator.Domain.Configuration;

/// <summary>Turns validation results into one clear failure.</summary>
public static class ValidatedOptionsExtensions
{
    /// <summary>Returns <paramref name="options"/> when valid; otherwise throws with every problem listed.</summary>
    /// <exception cref="ArgumentException">At least one value breaks a rule.</exception>
    public static T ThrowIfInvalid<T>(this T options)
        where T : IValidatedOptions
    {
        var problems = options.Validate();
        return problems.Count == 0
            ? options
            : throw new ArgumentException($"{typeof(T).Name} is invalid: {string.Join(" ", problems)}", nameof(options));
    }
}
