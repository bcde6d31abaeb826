using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using ReplOrchestrator.Functions.KeyVault;
using ReplOrchestrator.TestUtilities;

namespace ReplOrchestrator.Functions.Tests.KeyVault;

public sealed class KeyVaultSecretsProviderTests : IAsyncLifetime
{
    private LoopbackKeyVault _vault = null!;
    private readonly RecordingCredential _credential = new();
    private readonly ManualTimeProvider _time = new();
    private readonly RecordingLogger _logger = new();

    public async Task InitializeAsync()
    {
        _vault = await LoopbackKeyVault.StartAsync();
        _vault.Secrets["Repl--Appliances--0--Id"] = ("appl-contoso-01", true);
        _vault.Secrets["Repl--Appliances--0--Key"] = ("k3y-0f-contoso", true);
        _vault.Secrets["Repl--Appliances--1--Key"] = ("disabled-key", false);
        _vault.Secrets["Repl--OperatorKeys--0"] = ("0p3rat0r-k3y", true);
        _vault.Secrets["OtherApp--Password"] = ("not-ours", true);
    }

    public async Task DisposeAsync() => await _vault.DisposeAsync();

    [Fact]
    public void Load_ReadsOnlyOurEnabledSecretsUnderConfigurationKeys()
    {
        var configuration = Build();

        configuration["Repl:Appliances:0:Id"].ShouldBe("appl-contoso-01");
        configuration["Repl:Appliances:0:Key"].ShouldBe("k3y-0f-contoso");
        configuration["Repl:Appliances:1:Key"].ShouldBeNull();
        configuration["Repl:OperatorKeys:0"].ShouldBe("0p3rat0r-k3y");
        configuration.AsEnumerable().ShouldNotContain(pair => pair.Value == "not-ours");
    }

    [Fact]
    public void Load_AnswersTheChallengeWithATokenForTheVaultScope()
    {
        Build();

        _credential.Scopes.ShouldContain("https://vault.azure.net/.default");
        _vault.AuthorizationHeaders.ShouldContain($"Bearer {LoopbackKeyVault.Token}");
    }

    [Fact]
    public void Refresh_RotatedKey_IsSeenAfterTheIntervalAndSignalsReload()
    {
        var configuration = Build();
        var reloaded = false;
        configuration.GetReloadToken().RegisterChangeCallback(_ => reloaded = true, null);

        _vault.Secrets["Repl--Appliances--0--Key"] = ("r0tated-key", true);
        _time.Advance(TimeSpan.FromMinutes(5));

        configuration["Repl:Appliances:0:Key"].ShouldBe("r0tated-key");
        reloaded.ShouldBeTrue();
    }

    [Fact]
    public void Refresh_VaultFailing_KeepsLastValuesAndLogsNoSecret()
    {
        var configuration = Build();

        _vault.Failing = true;
        _time.Advance(TimeSpan.FromMinutes(5));

        configuration["Repl:Appliances:0:Key"].ShouldBe("k3y-0f-contoso");
        _logger.Lines.ShouldContain(line => line.Contains("503", StringComparison.Ordinal));
        _logger.Lines.ShouldAllBe(line => !line.Contains("k3y-0f-contoso", StringComparison.Ordinal));
    }

    [Fact]
    public void Refresh_TokenCannotBeRefreshed_KeepsLastValuesInsteadOfCrashingTheTimer()
    {
        var configuration = Build();

        _credential.Failing = true;
        _time.Advance(TimeSpan.FromMinutes(5));

        configuration["Repl:Appliances:0:Key"].ShouldBe("k3y-0f-contoso");
        _logger.Lines.ShouldContain(line => line.Contains("AuthenticationFailedException", StringComparison.Ordinal));
    }

    private IConfigurationRoot Build()
    {
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == _vault.Certificate.Thumbprint,
        };
        var options = new SecretClientOptions
        {
            DisableChallengeResourceVerification = true,
            Transport = new HttpClientTransport(handler),
        };
        options.Retry.MaxRetries = 0;
        return new ConfigurationBuilder()
            .Add(new KeyVaultSecretsSource(_vault.VaultUri, _credential) { ClientOptions = options, Time = _time, Logger = _logger })
            .Build();
    }

    private sealed class RecordingCredential : TokenCredential
    {
        public List<string> Scopes { get; } = [];

        public bool Failing { get; set; }

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            if (Failing)
            {
                throw new Azure.Identity.AuthenticationFailedException("The managed identity endpoint did not answer.");
            }

            lock (Scopes)
            {
                Scopes.AddRange(requestContext.Scopes);
            }

            // Expired at once, so every request asks again, as a refresh an hour later would.
            return new AccessToken(LoopbackKeyVault.Token, DateTimeOffset.UtcNow);
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }

    private sealed class RecordingLogger : ILogger
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Lines)
            {
                Lines.Add(formatter(state, exception) + exception);
            }
        }
    }
}
