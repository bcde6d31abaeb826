using ReplOrchestrator.Engine.Runtime;

namespace ReplOrchestrator.Engine.Tests.Runtime;

public sealed class InputRulesTests
{
    [Theory]
    [InlineData("appliance:appl-contoso-01")]
    [InlineData("cycle:appl-1:vm-sql01:c-17")]
    [InlineData("alert:appl-1/vm")]
    public void CheckInstanceId_ProductIds_FollowTheRules(string id)
    {
        var error = InputRules.CheckInstanceId(id);

        (error is null).ShouldBe(!id.Contains('/', StringComparison.Ordinal));
    }

    [Fact]
    public void CheckPayload_MultiByteTextOverTheLimit_CountsUtf8Bytes()
    {
        var text = new string('é', 600);

        InputRules.CheckPayload(text, 1199, "input").ShouldNotBeNull();
        InputRules.CheckPayload(text, 1200, "input").ShouldBeNull();
    }

    [Fact]
    public void CheckName_TooLong_SaysTheLimit()
    {
        InputRules.CheckName(new string('a', EngineOptions.MaxNameLength + 1), "activity")!.ShouldContain("256");
        InputRules.CheckName(" ", "activity").ShouldNotBeNull();
    }
}
