namespace ReplOrchestrator.Functions.Triggers;

/// <summary>The request pipeline of the HTTP API, built once with the app's services.</summary>
internal sealed class HttpApiPipeline(RequestDelegate @delegate)
{
    /// <summary>Runs one request through routing and the API's endpoints.</summary>
    public RequestDelegate Delegate { get; } = @delegate;

    /// <summary>Builds the pipeline: routing, then the endpoints <paramref name="map"/> declares.</summary>
    public static HttpApiPipeline Build(IServiceProvider services, Action<IEndpointRouteBuilder> map)
    {
        var builder = new ApplicationBuilder(services);
        builder.UseRouting();
        builder.UseEndpoints(map);
        return new HttpApiPipeline(builder.Build());
    }
}
