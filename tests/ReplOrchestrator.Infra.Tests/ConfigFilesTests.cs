using System.Text.Json;
using ReplOrchestrator.Infra.Tests.Rules;
using ReplOrchestrator.Infra.Tests.Support;

namespace ReplOrchestrator.Infra.Tests;

public sealed class ConfigFilesTests
{
    [Theory]
    [InlineData("no-unused-params")]
    [InlineData("no-unused-vars")]
    [InlineData("use-recent-api-versions")]
    [InlineData("outputs-should-not-contain-secrets")]
    public void BicepConfig_LinterRule_IsRaised(string rule)
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Infra, "bicepconfig.json")));
        var level = config.RootElement.GetProperty("analyzers").GetProperty("core").GetProperty("rules").GetProperty(rule).GetProperty("level").GetString();

        level.ShouldBeOneOf("warning", "error");
    }

    [Fact]
    public void Abbreviations_HaveAPrefixForEveryNamedResourceType()
    {
        var needed = ResourceTypes.All.Values.Select(t => t.Abbreviation).OfType<string>();

        needed.Except(InfraFiles.Abbreviations.Keys).ShouldBeEmpty();
    }

    [Fact]
    public void Abbreviations_AreAllUsedByMain()
    {
        var names = InfraFiles.Main.Variables.Single(v => v.Name == NamingRule.NamesVariable).Value.Raw;

        InfraFiles.Abbreviations.Keys.Where(k => !names.Contains($"abbrs.{k}", StringComparison.Ordinal)).ShouldBeEmpty();
    }
}
