using MimeKit;
using ReplOrchestrator.Api.Notifications;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Notifications;
using ReplOrchestrator.TestUtilities.Notifications;
using ReplOrchestrator.TestUtilities;
using static ReplOrchestrator.Api.Tests.Notifications.EmailGroups;

namespace ReplOrchestrator.Api.Tests.Notifications;

public sealed class SmtpEmailSenderTests
{
    private static readonly NotificationThread s_first = new("appl-01-diskuploadtimedout-20261122t0300", 0);
    private readonly RecordingLogger<SmtpEmailSender> _log = new();

    [Fact]
    public async Task SendAsync_StartTlsWithAcsStyleAuth_DeliversBothPartsWithTheCardsFacts()
    {
        await using var server = await SmtpTestServer.StartAsync(SmtpSecurity.StartTls);

        var result = await Sender(server).SendAsync(server.Target(), Group(Diagnosed()), NotificationKind.Firing, s_first, CancellationToken.None);

        result.ShouldBe(new DeliveryResult.Delivered());
        server.Authenticated.ShouldBe([SmtpTestServer.User]); // AUTH is offered only after STARTTLS
        var mail = server.Messages.ShouldHaveSingleItem();
        mail.Subject.ShouldBe("[FIRING:Critical] sql01 DiskUploadTimedOut (1011) — sql01: disk-0 upload stalled at 6 % for 45 min");
        mail.From.Mailboxes.ShouldHaveSingleItem().ShouldBe(new MailboxAddress("Replication monitor", "repl@alerts.contoso.com"));
        mail.To.Mailboxes.Select(m => m.Address).ShouldBe(["oncall@contoso.com", "storage@contoso.com"]);
        mail.MessageId.ShouldBe("appl-01-diskuploadtimedout-20261122t0300.0@alerts.contoso.com");
        mail.InReplyTo.ShouldBeNull();
        mail.References.ShouldBeEmpty();
        mail.Date.ShouldBe(new DateTimeOffset(2026, 11, 22, 4, 0, 0, TimeSpan.Zero));
        mail.Headers["Auto-Submitted"].ShouldBe("auto-generated");
        var alternative = mail.Body.ShouldBeOfType<MultipartAlternative>();
        alternative.Select(p => p.ContentType.MimeType).ShouldBe(["text/plain", "text/html"]);
        foreach (var fact in new[]
        {
            "Disk upload timed out", "sql01: disk-0 upload stalled at 6 % for 45 min", "Storage account unreachable", "StorageWrite failed: 403 Forbidden",
            "Allow the appliance to reach the storage account", "Check the bandwidth throttle", "migratelsa.blob.core.windows.net:443", "esx01.contoso.local",
        })
        {
            mail.TextBody.ShouldNotBeNull().ShouldContain(fact);
            mail.HtmlBody.ShouldNotBeNull().ShouldContain(System.Net.WebUtility.HtmlEncode(fact));
        }

        NothingSecretLeaked(result);
    }

    [Fact]
    public async Task SendAsync_UpdateAndResolution_ThreadOnTheEpisodesFirstMail()
    {
        await using var server = await SmtpTestServer.StartAsync(SmtpSecurity.StartTls);
        var sender = Sender(server);
        var alert = Diagnosed();

        await sender.SendAsync(server.Target(), Group(alert), NotificationKind.Firing, s_first, CancellationToken.None);
        await sender.SendAsync(server.Target(), Group(alert), NotificationKind.Updated, s_first with { Sequence = 1 }, CancellationToken.None);
        await sender.SendAsync(server.Target(), Group(AlertBuilder.Resolve(alert, Epoch.AddHours(1))), NotificationKind.Resolved, s_first with { Sequence = 2 }, CancellationToken.None);

        var mails = server.Messages;
        mails.Select(m => m.MessageId).ShouldBe(
            ["appl-01-diskuploadtimedout-20261122t0300.0@alerts.contoso.com", "appl-01-diskuploadtimedout-20261122t0300.1@alerts.contoso.com", "appl-01-diskuploadtimedout-20261122t0300.2@alerts.contoso.com"]);
        mails[1].Subject.ShouldStartWith("[UPDATED:Critical] sql01 DiskUploadTimedOut (1011) — ");
        mails[2].Subject.ShouldStartWith("[RESOLVED] sql01 DiskUploadTimedOut (1011) — ");
        foreach (var reply in mails.Skip(1))
        {
            reply.InReplyTo.ShouldBe("appl-01-diskuploadtimedout-20261122t0300.0@alerts.contoso.com");
            reply.References.ShouldBe(["appl-01-diskuploadtimedout-20261122t0300.0@alerts.contoso.com"]);
        }
    }

    [Fact]
    public async Task SendAsync_HostileAlertText_ArrivesEncodedAndCannotAddHeaders()
    {
        await using var server = await SmtpTestServer.StartAsync(SmtpSecurity.StartTls);
        var alert = Diagnosed() with { VmId = "sql01\r\nBcc: victim@example.com", Summary = "<script>alert('x')</script> stalled" };

        await Sender(server).SendAsync(server.Target(), Group(alert), NotificationKind.Firing, s_first, CancellationToken.None);

        var mail = server.Messages.ShouldHaveSingleItem();
        mail.Bcc.ShouldBeEmpty();
        mail.Headers.Contains("Bcc").ShouldBeFalse();
        mail.Subject.ShouldNotBeNull().ShouldNotContain("\n");
        mail.Subject.ShouldNotBeNull().ShouldContain("sql01  Bcc: victim@example.com");
        mail.HtmlBody.ShouldNotBeNull().ShouldNotContain("<script>");
        mail.HtmlBody.ShouldNotBeNull().ShouldContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; stalled");
        mail.TextBody.ShouldNotBeNull().ShouldContain("<script>alert('x')</script> stalled"); // plain text is shown, never run
    }

    [Fact]
    public async Task SendAsync_200AlertGroup_StaysReadableAndCountsTheRest()
    {
        await using var server = await SmtpTestServer.StartAsync(SmtpSecurity.StartTls);
        var group = Group([.. Enumerable.Range(0, 200).Select(i => Diagnosed($"vm-{i:D3}"))]);

        var result = await Sender(server).SendAsync(server.Target(), group, NotificationKind.Firing, s_first, CancellationToken.None);

        result.ShouldBe(new DeliveryResult.Delivered());
        var mail = server.Messages.ShouldHaveSingleItem();
        mail.Subject.ShouldStartWith("[FIRING:Critical] appl-01 DiskUploadTimedOut (1011) — 200 VMs: vm-000, vm-001, ");
        mail.Subject.Length.ShouldBeLessThanOrEqualTo(200);
        mail.TextBody.ShouldNotBeNull().ShouldContain("…and 150 more alerts");
        mail.HtmlBody.ShouldNotBeNull().ShouldContain("…and 150 more alerts");
        server.Raw.ShouldHaveSingleItem().Length.ShouldBeLessThan(250_000);
    }

    [Fact]
    public async Task SendAsync_ImplicitTls_Delivers()
    {
        await using var server = await SmtpTestServer.StartAsync(SmtpSecurity.Tls);

        var result = await Sender(server).SendAsync(server.Target(), Group(Diagnosed()), NotificationKind.Firing, s_first, CancellationToken.None);

        result.ShouldBe(new DeliveryResult.Delivered());
        server.Messages.ShouldHaveSingleItem();
        server.Authenticated.ShouldBe([SmtpTestServer.User]);
    }

    [Fact]
    public async Task SendAsync_PlainRelayWithoutAuth_Delivers()
    {
        await using var server = await SmtpTestServer.StartAsync(SmtpSecurity.None);

        var result = await Sender(server).SendAsync(server.Target(), Group(Diagnosed()), NotificationKind.Firing, s_first, CancellationToken.None);

        result.ShouldBe(new DeliveryResult.Delivered());
        server.Messages.ShouldHaveSingleItem().Subject.ShouldStartWith("[FIRING:Critical] sql01");
        server.Authenticated.ShouldBeEmpty();
    }

    [Fact]
    public async Task SendAsync_WrongPassword_IsPermanentAndSaysTheCredentialsWereRefused()
    {
        await using var server = await SmtpTestServer.StartAsync(SmtpSecurity.StartTls);
        var wrong = "Wr0ng~S3cret.Value";

        var result = await Sender(server).SendAsync(server.Target() with { Password = wrong }, Group(Diagnosed()), NotificationKind.Firing, s_first, CancellationToken.None);

        var failed = result.ShouldBeOfType<DeliveryResult.Failed>();
        failed.Permanent.ShouldBeTrue();
        failed.Reason.ShouldContain("refused the credentials (535)");
        server.Messages.ShouldBeEmpty();
        NothingSecretLeaked(result, wrong);
    }

    [Theory]
    [InlineData(451, null, false, "answered 451 to a recipient")]
    [InlineData(null, 451, false, "answered 451 to the message")]
    [InlineData(550, null, true, "refused a recipient (550)")]
    [InlineData(null, 554, true, "refused the message (554)")]
    public async Task SendAsync_ServerRefuses_4xxIsRetried5xxIsNot(int? rcpt, int? data, bool permanent, string reason)
    {
        await using var server = await SmtpTestServer.StartAsync(SmtpSecurity.StartTls, rcpt, data);

        var result = await Sender(server).SendAsync(server.Target(), Group(Diagnosed()), NotificationKind.Firing, s_first, CancellationToken.None);

        var failed = result.ShouldBeOfType<DeliveryResult.Failed>();
        failed.Permanent.ShouldBe(permanent);
        failed.Reason.ShouldContain(reason);
        NothingSecretLeaked(result);
    }

    [Fact]
    public async Task SendAsync_NobodyListening_IsRetried()
    {
        var target = new EmailTargetOptions
        {
            To = ["oncall@contoso.com"], From = "repl@contoso.com", SmtpHost = "127.0.0.1", SmtpPort = LoopbackPorts.Free(), Security = SmtpSecurity.StartTls,
            Username = SmtpTestServer.User, Password = SmtpTestServer.Password,
        };

        var result = await new SmtpEmailSender(new ManualTimeProvider(), _log).SendAsync(target, Group(Diagnosed()), NotificationKind.Firing, s_first, CancellationToken.None);

        var failed = result.ShouldBeOfType<DeliveryResult.Failed>();
        failed.Permanent.ShouldBeFalse();
        failed.Reason.ShouldContain("ConnectionRefused");
        NothingSecretLeaked(result);
    }

    [Fact]
    public async Task SendAsync_ServerThatNeverGreets_TimesOutForARetry()
    {
        using var silent = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        silent.Start();
        var target = new EmailTargetOptions
        {
            To = ["oncall@contoso.com"], From = "repl@contoso.com", SmtpHost = "127.0.0.1", SmtpPort = ((System.Net.IPEndPoint)silent.LocalEndpoint).Port, Security = SmtpSecurity.StartTls,
        };

        var result = await new SmtpEmailSender(new ManualTimeProvider(), _log) { Timeout = TimeSpan.FromMilliseconds(500) }
            .SendAsync(target, Group(Diagnosed()), NotificationKind.Firing, s_first, CancellationToken.None);

        var failed = result.ShouldBeOfType<DeliveryResult.Failed>();
        failed.Permanent.ShouldBeFalse();
        failed.Reason.ShouldContain("within 0.5 s");
    }

    [Fact]
    public async Task SendAsync_UntrustedCertificateWithoutTheHook_IsPermanentAndNamesTheCertificate()
    {
        await using var server = await SmtpTestServer.StartAsync(SmtpSecurity.StartTls);

        var result = await new SmtpEmailSender(new ManualTimeProvider(), _log).SendAsync(server.Target(), Group(Diagnosed()), NotificationKind.Firing, s_first, CancellationToken.None);

        var failed = result.ShouldBeOfType<DeliveryResult.Failed>();
        failed.Permanent.ShouldBeTrue();
        failed.Reason.ShouldContain("certificate that is not trusted (CN=localhost: RemoteCertificateChainErrors");
        failed.Reason.ShouldContain("UntrustedRoot");
        server.Authenticated.ShouldBeEmpty(); // the password never left this machine
        NothingSecretLeaked(result);
    }

    [Fact]
    public async Task SendAsync_StartTlsToAServerWithoutIt_IsPermanent()
    {
        await using var server = await SmtpTestServer.StartAsync(SmtpSecurity.None);

        var result = await Sender(server).SendAsync(server.Target() with { Security = SmtpSecurity.StartTls }, Group(Diagnosed()), NotificationKind.Firing, s_first, CancellationToken.None);

        var failed = result.ShouldBeOfType<DeliveryResult.Failed>();
        failed.Permanent.ShouldBeTrue();
        failed.Reason.ShouldContain("does not offer STARTTLS");
    }

    [Fact]
    public async Task SendAsync_FromIsNotAnAddress_IsPermanentWithoutConnecting()
    {
        var target = new EmailTargetOptions { To = ["oncall@contoso.com"], From = "repl at contoso", SmtpHost = "127.0.0.1", SmtpPort = LoopbackPorts.Free() };

        var result = await new SmtpEmailSender(new ManualTimeProvider(), _log).SendAsync(target, Group(Diagnosed()), NotificationKind.Firing, s_first, CancellationToken.None);

        result.ShouldBeOfType<DeliveryResult.Failed>().Permanent.ShouldBeTrue();
    }

    private SmtpEmailSender Sender(SmtpTestServer server) =>
        new(new ManualTimeProvider(), _log) { Timeout = TimeSpan.FromSeconds(10), ServerCertificateValidation = server.TrustsItsCertificate };

    private void NothingSecretLeaked(DeliveryResult result, string? password = null)
    {
        _log.Entries.ShouldNotBeEmpty();
        foreach (var text in _log.Entries.Select(e => e.Message).Append(result.ToString()))
        {
            text.ShouldNotContain(SmtpTestServer.Password);
            text.ShouldNotContain(SmtpTestServer.User);
            if (password is not null)
            {
                text.ShouldNotContain(password);
            }
        }
    }
}
