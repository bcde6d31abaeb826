using System.Globalization;

namespace ReplOrchestrator.Domain.Configuration;

/// <summary>Collects the rule violations of one options record, in the order the rules are checked.</summary>
internal sealed class OptionRules
{
    private readonly List<string> _problems = [];

    public IReadOnlyList<string> Problems => _problems;

    public OptionRules Between(string name, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            _problems.Add($"{name} must be between {min:c} and {max:c} (was {value:c}).");
        }

        return this;
    }

    public OptionRules Between(string name, long value, long min, long max)
    {
        if (value < min || value > max)
        {
            _problems.Add(string.Create(CultureInfo.InvariantCulture, $"{name} must be between {min} and {max} (was {value})."));
        }

        return this;
    }

    public OptionRules Between(string name, double value, double min, double max)
    {
        // NaN fails both comparisons, so test for it explicitly.
        if (double.IsNaN(value) || value < min || value > max)
        {
            _problems.Add(string.Create(CultureInfo.InvariantCulture, $"{name} must be between {min} and {max} (was {value})."));
        }

        return this;
    }

    public OptionRules Require(bool condition, string problem)
    {
        if (!condition)
        {
            _problems.Add(problem);
        }

        return this;
    }
}
