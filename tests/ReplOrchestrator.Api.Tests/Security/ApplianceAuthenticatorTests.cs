using Microsoft.Extensions.Options;
using ReplOrchestrator.Api.Security;

namespace ReplOrchestrator.Api.Tests.Security;

public sealed class ApplianceAuthenticatorTests
{
    private readonly MutableOptions _options = new(new AccessOptions
    {
        Appliances = { new ApplianceCredential { Id = "appl-a", Key = "key-a" }, new ApplianceCredential { Id = "appl-b", Key = "key-b" } },
        ApiKeys = { "reader-1" },
    });

    [Theory]
    [InlineData(null, "appl-a", ApplianceAuthentication.MissingKey)]
    [InlineData("", "appl-a", ApplianceAuthentication.MissingKey)]
    [InlineData("key-x", "appl-a", ApplianceAuthentication.UnknownKey)]
    [InlineData("key-b", "appl-a", ApplianceAuthentication.WrongAppliance)]
    [InlineData("key-a", "appl-a", ApplianceAuthentication.Authenticated)]
    [InlineData("KEY-A", "appl-a", ApplianceAuthentication.UnknownKey)]
    public void Authenticate_KeyAndClaimedAppliance_GivesOutcome(string? key, string appliance, ApplianceAuthentication expected) =>
        new ApplianceAuthenticator(_options).Authenticate(key, appliance).ShouldBe(expected);

    [Fact]
    public void Authenticate_EmptyConfiguredKey_NeverMatches()
    {
        _options.Value.Appliances.Add(new ApplianceCredential { Id = "appl-empty", Key = string.Empty });

        new ApplianceAuthenticator(_options).Authenticate(string.Empty, "appl-empty").ShouldBe(ApplianceAuthentication.MissingKey);
        new ApplianceAuthenticator(_options).FindAppliance(" ").ShouldBeNull();
    }

    [Fact]
    public void Authenticate_RotatedKey_TakesEffectWithoutRestart()
    {
        var authenticator = new ApplianceAuthenticator(_options);

        _options.Value.Appliances[0].Key = "key-a-2";

        authenticator.Authenticate("key-a", "appl-a").ShouldBe(ApplianceAuthentication.UnknownKey);
        authenticator.Authenticate("key-a-2", "appl-a").ShouldBe(ApplianceAuthentication.Authenticated);
    }

    [Theory]
    [InlineData("reader-1", true)]
    [InlineData("reader-2", false)]
    [InlineData("key-a", false)]
    [InlineData(null, false)]
    public void ApiKey_IsValid_OnlyForConfiguredReaderKeys(string? key, bool expected) =>
        new ApiKeyAuthenticator(_options).IsValid(key).ShouldBe(expected);

    [Fact]
    public void Credential_ToString_NeverShowsTheKey() =>
        _options.Value.Appliances[0].ToString().ShouldNotContain("key-a");

    private sealed class MutableOptions(AccessOptions value) : IOptionsMonitor<AccessOptions>
    {
        public AccessOptions Value { get; } = value;

        public AccessOptions CurrentValue => Value;

        public AccessOptions Get(string? name) => Value;

        public IDisposable? OnChange(Action<AccessOptions, string?> listener) => null;
    }
}
