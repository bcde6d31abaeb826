namespace ReplOrchestrator.Functions.DurableClient;

/// <summary>A gRPC call ended with a status other than OK.</summary>
public sealed class GrpcCallException : Exception
{
    internal GrpcCallException(string method, GrpcStatusCode status, string? detail)
        : base($"{method} failed with gRPC status {status} ({(int)status}){(string.IsNullOrEmpty(detail) ? string.Empty : ": " + detail)}")
    {
        Method = method;
        StatusCode = (int)status;
        Detail = detail;
    }

    /// <summary>The method path, e.g. <c>/TaskHubSidecarService/StartInstance</c>.</summary>
    public string Method { get; }

    /// <summary>The numeric gRPC status code.</summary>
    public int StatusCode { get; }

    /// <summary>The server's <c>grpc-message</c>, if any.</summary>
    public string? Detail { get; }

    internal GrpcStatusCode Status => (GrpcStatusCode)StatusCode;
}
