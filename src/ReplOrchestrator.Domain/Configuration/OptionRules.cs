using System.Globalization;

namespace ReplOrchestrator.Domain.Configuration;

/// <summary>Collects the rule violations of one options record, in the order the rules are checked.</summary>
public sealed class OptionRules
{
    private readonly List<string> _problems = [];

    /// <summary>Every violation found so far, one sentence each.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Requires <paramref name="value"/> to lie within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public OptionRules Between(string name, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            _problems.Add($"{name} must be between {min:c} and {max:c} (was {value:c}).");
        }

        return this;
    }

    /// <inheritdoc cref="Between(string, TimeSpan, TimeSpan, TimeSpan)"/>
    public OptionRules Between(string name, long value, long min, long max)
    {
        if (value < min || value > max)
        {
            _problems.Add(string.Create(CultureInfo.InvariantCulture, $"{name} must be between {min} and {max} (was {value})."));
        }

        return this;
    }

    /// <inheritdoc cref="Between(string, TimeSpan, TimeSpan, TimeSpan)"/>
    public OptionRules Between(string name, double value, double min, double max)
    {
        // NaN fails both comparisons, so test for it explicitly.
        if (double.IsNaN(value) || value < min || value > max)
        {
            _problems.Add(string.Create(CultureInfo.InvariantCulture, $"{name} must be between {min} and {max} (was {value})."));
        }

        return this;
    }

    /// <summary>Records <paramref name="problem"/> unless <paramref name="condition"/> holds.</summary>
    public OptionRules Require(bool condition, string problem)
    {
        if (!condition)
        {
            _problems.Add(problem);
        }

        return this;
    }
}
