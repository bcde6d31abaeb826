using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ReplOrchestrator.Functions.Tests.DurableClient;

/// <summary>
/// A real gRPC peer on loopback (HTTP/2 without TLS) that answers the way the Durable extension's
/// local endpoint does: one length-prefixed message, status in the trailers or, for errors, in the
/// headers only. Records every call for field-by-field checks.
/// </summary>
internal sealed class LoopbackGrpcServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedCall> _calls = new();

    private LoopbackGrpcServer(WebApplication app) => _app = app;

    public delegate GrpcReply Responder(string method, byte[] requestMessage);

    public delegate Task<GrpcReply> AsyncResponder(string method, byte[] requestMessage);

    public IReadOnlyCollection<RecordedCall> Calls => _calls;

    public Uri BaseAddress { get; private set; } = null!;

    public static Task<LoopbackGrpcServer> StartAsync(Responder responder) =>
        StartAsync((method, message) => Task.FromResult(responder(method, message)));

    public static async Task<LoopbackGrpcServer> StartAsync(AsyncResponder responder)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http2));
        var app = builder.Build();
        var server = new LoopbackGrpcServer(app);
        app.MapPost("/{service}/{method}", async (HttpContext context, string service, string method) =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            var body = buffer.ToArray();
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(body.AsSpan(1, 4));
            var message = body.AsSpan(5, length).ToArray();
            var path = $"/{service}/{method}";
            server._calls.Enqueue(new RecordedCall(path, message, context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), context.Request.ContentType));

            var reply = await responder(path, message);
            context.Response.ContentType = "application/grpc";
            if (reply.Status != 0)
            {
                // Trailers-only: the status travels in the headers.
                context.Response.Headers["grpc-status"] = reply.Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
                context.Response.Headers["grpc-message"] = Uri.EscapeDataString(reply.Message ?? string.Empty);
                return;
            }

            var payload = reply.Payload;
            var framed = new byte[5 + payload.Length];
            framed[0] = reply.Compressed ? (byte)1 : (byte)0;
            BinaryPrimitives.WriteUInt32BigEndian(framed.AsSpan(1, 4), (uint)payload.Length);
            payload.CopyTo(framed.AsSpan(5));
            await context.Response.Body.WriteAsync(framed);
            context.Response.AppendTrailer("grpc-status", "0");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseAddress = new Uri(address);
        return server;
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    public sealed record RecordedCall(string Method, byte[] Message, IReadOnlyDictionary<string, string> Headers, string? ContentType);
}

/// <summary>What the loopback peer answers: a message (status 0) or an error status with a message.</summary>
internal sealed record GrpcReply(int Status, byte[] Payload, string? Message = null, bool Compressed = false)
{
    public static GrpcReply Ok(Google.Protobuf.IMessage message) => new(0, Google.Protobuf.MessageExtensions.ToByteArray(message));

    public static GrpcReply Error(int status, string message) => new(status, [], message);
}
