using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace ReplOrchestrator.Api.Notifications;

/// <summary>Why a server's TLS certificate was refused, kept from the validation callback so the failure can name it.</summary>
/// <param name="Subject">The certificate's subject, or "(none)" when the server sent none.</param>
/// <param name="Errors">What the platform found wrong.</param>
/// <param name="ChainStatus">The chain's problems (an untrusted root, an expired certificate), when there is a chain.</param>
internal sealed record CertificateRejection(string Subject, SslPolicyErrors Errors, X509ChainStatusFlags ChainStatus)
{
    /// <summary>The rejection of <paramref name="certificate"/>.</summary>
    public static CertificateRejection Of(X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) =>
        new(
            certificate?.Subject is { Length: > 0 } subject ? string.Concat(subject.Select(c => char.IsControl(c) ? ' ' : c)) : "(none)",
            errors,
            chain?.ChainStatus.Aggregate(X509ChainStatusFlags.NoError, (flags, status) => flags | status.Status) ?? X509ChainStatusFlags.NoError);

    /// <summary>For the log and the API: which certificate and what is wrong with it.</summary>
    public string Reason(string server) =>
        $"the SMTP server {server} presented a certificate that is not trusted ({Subject}: {Errors}"
        + (ChainStatus == X509ChainStatusFlags.NoError ? string.Empty : $", {ChainStatus}")
        + "); give the server a certificate this machine trusts for its name";
}
