using ReplOrchestrator.Infra.Tests.Bicep;
using ReplOrchestrator.Infra.Tests.Support;

namespace ReplOrchestrator.Infra.Tests.Rules;

public sealed class ParamFileRuleTests
{
    private const string Template = """
        @description('Required. Env.')
        param environmentName string

        @description('Optional. Size.')
        param size int = 2048
        """;

    [Fact]
    public void Check_CommittedParameterFiles_FitMainBicep()
    {
        InfraFiles.ParamFilePaths.ShouldNotBeEmpty();
        foreach (var path in InfraFiles.ParamFilePaths)
        {
            ParamFileRule.Check(BicepParamDocument.Load(path), path, InfraFiles.Main).ShouldBeEmpty();
        }
    }

    [Theory]
    [InlineData("using 'main.bicep'\nparam environmentName = 'prod'\n", null)]
    [InlineData("using 'main.bicep'\nparam environmentName = 'prod'\nparam colour = 'blue'\n", "'colour' is not a parameter of main.bicep")]
    [InlineData("using 'main.bicep'\nparam size = 512\n", "required parameter 'environmentName' is not supplied")]
    [InlineData("using 'other.bicep'\nparam environmentName = 'prod'\n", "must be using 'main.bicep'")]
    [InlineData("param environmentName = 'prod'\nusing 'main.bicep'\n", "must be using 'main.bicep'")]
    public void Check_ParameterFile_AgreesWithTemplate(string parameters, string? expected)
    {
        var template = BicepDocument.Parse("/snippets/main.bicep", Template);
        var violations = ParamFileRule.Check(BicepParamDocument.Parse("/snippets/main.bicepparam", parameters), "/snippets/main.bicepparam", template).ToList();

        if (expected is null)
        {
            violations.ShouldBeEmpty();
        }
        else
        {
            violations.ShouldHaveSingleItem().ShouldContain(expected);
        }
    }
}
