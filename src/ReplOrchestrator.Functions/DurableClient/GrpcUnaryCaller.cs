using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;

namespace ReplOrchestrator.Functions.DurableClient;

/// <summary>
/// Calls unary gRPC methods over HTTP/2 without TLS (h2c), as the extension's loopback endpoint
/// expects: one length-prefixed message each way, the status in the trailers (or, for an immediate
/// error, in the headers).
/// </summary>
internal sealed class GrpcUnaryCaller(HttpClient http, Uri baseAddress, IReadOnlyDictionary<string, string> headers)
{
    private static readonly MediaTypeHeaderValue s_grpcContentType = new("application/grpc");

    /// <summary>Sends one request message and reads one response message.</summary>
    /// <exception cref="GrpcCallException">The server answered with a non-OK status.</exception>
    /// <exception cref="HttpRequestException">The endpoint could not be reached.</exception>
    public async Task<TResponse> CallAsync<TResponse>(string method, IMessage request, MessageParser<TResponse> parser, CancellationToken cancellationToken)
        where TResponse : IMessage<TResponse>
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(baseAddress, method))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(Frame(request)),
        };
        message.Content.Headers.ContentType = s_grpcContentType;
        message.Headers.TryAddWithoutValidation("te", "trailers");
        foreach (var (name, value) in headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new GrpcCallException(method, GrpcStatusCode.Unavailable, $"HTTP {(int)response.StatusCode}");
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var status = ReadStatus(response);
        if (status.Code != GrpcStatusCode.Ok)
        {
            throw new GrpcCallException(method, status.Code, status.Message);
        }

        return parser.ParseFrom(Unframe(method, body));
    }

    private static byte[] Frame(IMessage request)
    {
        var payload = request.ToByteArray();
        var framed = new byte[5 + payload.Length];
        framed[0] = 0; // not compressed
        BinaryPrimitives.WriteUInt32BigEndian(framed.AsSpan(1, 4), (uint)payload.Length);
        payload.CopyTo(framed.AsSpan(5));
        return framed;
    }

    private static ReadOnlySpan<byte> Unframe(string method, byte[] body)
    {
        if (body.Length < 5)
        {
            throw new GrpcCallException(method, GrpcStatusCode.Internal, "the response carried no message");
        }

        if (body[0] != 0)
        {
            throw new GrpcCallException(method, GrpcStatusCode.Internal, "the response message is compressed, which this client does not ask for");
        }

        var length = BinaryPrimitives.ReadUInt32BigEndian(body.AsSpan(1, 4));
        if (length > body.Length - 5)
        {
            throw new GrpcCallException(method, GrpcStatusCode.Internal, "the response message is truncated");
        }

        return body.AsSpan(5, (int)length);
    }

    private static (GrpcStatusCode Code, string? Message) ReadStatus(HttpResponseMessage response)
    {
        // A trailers-only response puts the status in the headers.
        var status = Header(response.TrailingHeaders, "grpc-status") ?? Header(response.Headers, "grpc-status");
        var message = Header(response.TrailingHeaders, "grpc-message") ?? Header(response.Headers, "grpc-message");
        if (status is null || !int.TryParse(status, out var code))
        {
            return (GrpcStatusCode.Unknown, "the response carried no grpc-status");
        }

        return ((GrpcStatusCode)code, message is null ? null : Uri.UnescapeDataString(message));
    }

    private static string? Header(HttpHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
