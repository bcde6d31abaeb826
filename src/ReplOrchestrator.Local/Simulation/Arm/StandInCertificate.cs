using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ReplOrchestrator.Local.Simulation.Arm;

/// <summary>
/// A throw-away self-signed certificate for 127.0.0.1, made when a stand-in starts and never stored, and a handler that
/// trusts it and nothing else: Azure.Core sends bearer tokens only over TLS, and no other certificate may pass for the
/// stand-in (nor the stand-in's for anything else, since no other client is given the handler).
/// </summary>
internal static class StandInCertificate
{
    /// <summary>A new certificate, valid from a few minutes ago for a day: longer than any demo runs.</summary>
    public static X509Certificate2 Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    /// <summary>
    /// A handler that accepts <paramref name="certificate"/>, compared by its SHA-256 hash, as a machine with it installed
    /// would, and refuses every other certificate, however well it chains.
    /// </summary>
    public static SocketsHttpHandler TrustingOnly(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var pinned = certificate.GetCertHash(HashAlgorithmName.SHA256);
        return new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, presented, _, _) =>
                    presented is not null && presented.GetCertHash(HashAlgorithmName.SHA256).AsSpan().SequenceEqual(pinned),
            },
        };
    }
}
