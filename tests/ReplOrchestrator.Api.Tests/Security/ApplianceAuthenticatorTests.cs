using ReplOrchestrator.Api.Security;

namespace ReplOrchestrator.Api.Tests.Security;

public sealed class ApplianceAuthenticatorTests
{
    private const string KeyA = "0f3c9a7e5b1d2c4a6e8f0b1c3d5e7f9a";
    private const string KeyB = "8b2e4d6f0a1c3e5f7b9d0e2f4a6c8e1b";

    private readonly MutableOptions _options = new(new AccessOptions
    {
        Appliances = { new ApplianceCredential { Id = "appl-a", Key = KeyA }, new ApplianceCredential { Id = "appl-b", Key = KeyB } },
    });

    [Theory]
    [InlineData(null, "appl-a", ApplianceAuthentication.MissingKey)]
    [InlineData("", "appl-a", ApplianceAuthentication.MissingKey)]
    [InlineData("ffffffffffffffffffffffffffffffff", "appl-a", ApplianceAuthentication.UnknownKey)]
    [InlineData(KeyB, "appl-a", ApplianceAuthentication.WrongAppliance)]
    [InlineData(KeyA, "appl-a", ApplianceAuthentication.Authenticated)]
    [InlineData("0F3C9A7E5B1D2C4A6E8F0B1C3D5E7F9A", "appl-a", ApplianceAuthentication.UnknownKey)]
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
    public void Authenticate_ShortKeyRotatedInWhileRunning_IsNotAccepted()
    {
        _options.Value.Appliances[0].Key = "0f3c9a7e";

        new ApplianceAuthenticator(_options).Authenticate("0f3c9a7e", "appl-a").ShouldBe(ApplianceAuthentication.UnknownKey);
    }

    [Fact]
    public void Authenticate_RotatedKey_TakesEffectWithoutRestart()
    {
        var authenticator = new ApplianceAuthenticator(_options);
        const string Rotated = "5d7f9b1c3e5a7c9e1b3d5f7a9c1e3b5d";
        authenticator.Authenticate(KeyA, "appl-a").ShouldBe(ApplianceAuthentication.Authenticated);

        var reloaded = new AccessOptions();
        reloaded.Appliances.AddRange(_options.Value.Appliances.Select(c => c.Id == "appl-a" ? new ApplianceCredential { Id = c.Id, Key = Rotated } : c));
        _options.Value = reloaded;

        authenticator.Authenticate(KeyA, "appl-a").ShouldBe(ApplianceAuthentication.UnknownKey);
        authenticator.Authenticate(Rotated, "appl-a").ShouldBe(ApplianceAuthentication.Authenticated);
    }

    [Fact]
    public void Credential_ToString_NeverShowsTheKey() =>
        _options.Value.Appliances[0].ToString().ShouldNotContain(KeyA);
}
