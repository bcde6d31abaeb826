using ReplOrchestrator.Agent.Probes;
using ReplOrchestrator.Agent.Tests.Support;
using ReplOrchestrator.TestUtilities;

namespace ReplOrchestrator.Agent.Tests.Probes;

/// <summary>HTTPS reachability and the storage write test, over real loopback TLS and HTTP.</summary>
public sealed class HttpChecksTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Reach_TrustedEndpoint_AnyHttpAnswerPasses()
    {
        await using var server = await TlsServer.StartAsync();
        using var client = server.TrustingClient();

        var check = await HttpChecks.ReachAsync(client, new Uri($"https://localhost:{server.Port}/"), s_timeout, TimeProvider.System, CancellationToken.None);

        check.Ok.ShouldBeTrue(check.Detail);
        check.Detail.ShouldBe("HTTPS answered 404 Not Found");
    }

    [Fact]
    public async Task Reach_CertificateNotTrusted_FailsAsTls()
    {
        await using var server = await TlsServer.StartAsync();
        using var client = new HttpClient();

        var check = await HttpChecks.ReachAsync(client, new Uri($"https://localhost:{server.Port}/"), s_timeout, TimeProvider.System, CancellationToken.None);

        check.Ok.ShouldBeFalse();
        check.Detail.ShouldStartWith("TLS failed: ");
    }

    [Fact]
    public async Task Reach_PeerThatNeverSpeaksTls_TimesOut()
    {
        using var silent = Listeners.Open();
        using var client = new HttpClient();

        var check = await HttpChecks.ReachAsync(client, new Uri($"https://localhost:{Listeners.Port(silent)}/"), TimeSpan.FromMilliseconds(300), TimeProvider.System, CancellationToken.None);

        (check.Ok, check.Detail).ShouldBe((false, "no HTTPS answer within 0.3 s"));
    }

    [Fact]
    public async Task Reach_ClosedPort_FailsToConnect()
    {
        using var client = new HttpClient();

        var check = await HttpChecks.ReachAsync(client, new Uri($"https://localhost:{Listeners.ClosedPort()}/"), s_timeout, TimeProvider.System, CancellationToken.None);

        check.Ok.ShouldBeFalse();
        check.Detail.ShouldStartWith("connection failed: ");
    }

    [Fact]
    public async Task WriteBlob_PutsABlockBlobAndDeletesIt_WithoutShowingTheSas()
    {
        await using var storage = await LoopbackHttpServer.StartAsync(r => new CannedResponse(r.Method == "PUT" ? 201 : 202));
        using var client = new HttpClient();
        var sas = new Uri(storage.BaseAddress, "replication?sv=2022-11-02&sig=c2VjcmV0LXNpZ25hdHVyZQ%3D%3D");

        var check = await HttpChecks.WriteBlobAsync(client, sas, s_timeout, TimeProvider.System, CancellationToken.None);

        check.Ok.ShouldBeTrue(check.Detail);
        check.Detail.ShouldBe($"wrote and deleted a 1 KiB blob on {storage.BaseAddress.Host}");
        var (put, delete) = (storage.Requests.First(), storage.Requests.Last());
        (put.Method, delete.Method, storage.Requests.Count).ShouldBe(("PUT", "DELETE", 2));
        put.Path.ShouldStartWith("/replication/repl-agent-probe-");
        put.Headers["x-ms-blob-type"].ShouldBe("BlockBlob");
        put.Query.ShouldContain("sig=");
        delete.Path.ShouldBe(put.Path);
    }

    [Fact]
    public async Task WriteBlob_Refused_NamesTheStatus_NotTheSas()
    {
        await using var storage = await LoopbackHttpServer.StartAsync(_ => new CannedResponse(403));
        using var client = new HttpClient();
        var sas = new Uri(storage.BaseAddress, "replication?sv=2022-11-02&sig=c2VjcmV0");

        var check = await HttpChecks.WriteBlobAsync(client, sas, s_timeout, TimeProvider.System, CancellationToken.None);

        check.Ok.ShouldBeFalse();
        check.Detail.ShouldBe($"write to {storage.BaseAddress.Host} refused: 403 Forbidden");
        check.Detail.ShouldNotContain("sig");
    }
}
