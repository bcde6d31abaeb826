using ReplOrchestrator.Api.Security;

namespace ReplOrchestrator.Api.Tests.Security;

public sealed class ApiKeyAuthenticatorTests
{
    private const string Reader = "reader-key-for-the-api-tests-1";
    private const string Operator = "operator-key-for-the-api-tests-1";
    private const string ApplianceKey = "0f3c9a7e5b1d2c4a6e8f0b1c3d5e7f9a";

    private readonly MutableOptions _options = new(new AccessOptions
    {
        Appliances = { new ApplianceCredential { Id = "appl-a", Key = ApplianceKey } },
        ApiKeys = { Reader },
        OperatorKeys = { Operator },
    });

    [Theory]
    [InlineData(Reader, ApiAccess.Read)]
    [InlineData(Operator, ApiAccess.Operate)]
    [InlineData(ApplianceKey, ApiAccess.None)]
    [InlineData("reader-key-for-the-api-tests-2", ApiAccess.None)]
    [InlineData("", ApiAccess.None)]
    [InlineData(null, ApiAccess.None)]
    public void Access_PresentedKey_GivesItsTier(string? key, ApiAccess expected) =>
        new ApiKeyAuthenticator(_options).Access(key).ShouldBe(expected);

    [Fact]
    public void Access_KeyInBothLists_IsAnOperator()
    {
        _options.Value.ApiKeys.Add(Operator);

        new ApiKeyAuthenticator(_options).Access(Operator).ShouldBe(ApiAccess.Operate);
    }

    [Fact]
    public void Access_ShortKeyRotatedInWhileRunning_IsNotAccepted()
    {
        _options.Value.OperatorKeys.Add("op-1");

        new ApiKeyAuthenticator(_options).Access("op-1").ShouldBe(ApiAccess.None);
    }

    [Theory]
    [InlineData(Reader, true)]
    [InlineData(Operator, true)]
    [InlineData(ApplianceKey, false)]
    public void Access_ReaderOrOperatorKey_GrantsSomething(string key, bool expected) =>
        (new ApiKeyAuthenticator(_options).Access(key) != ApiAccess.None).ShouldBe(expected);
}
