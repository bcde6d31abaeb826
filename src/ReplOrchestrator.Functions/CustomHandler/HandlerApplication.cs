using System.Net;
using ReplOrchestrator.Functions.Manifest;
using ReplOrchestrator.Functions.Triggers;

namespace ReplOrchestrator.Functions.CustomHandler;

/// <summary>
/// Builds the custom handler's web application: Kestrel on loopback at the port the Functions host
/// chose, <c>GET /</c> for the host's readiness probe, <c>POST /{FunctionName}</c> for invocations.
/// </summary>
internal static class HandlerApplication
{
    /// <summary>The environment variables the host sets for the port (newer name first).</summary>
    public static readonly string[] PortVariables = ["FUNCTIONS_CUSTOMHANDLER_PORT", "FUNCTIONS_HTTPWORKER_PORT"];

    /// <param name="args">Command-line arguments for configuration.</param>
    /// <param name="port">The loopback port to listen on; 0 picks a free one.</param>
    /// <param name="configure">Registers the catalog, the invokers and any other handlers.</param>
    public static WebApplication Build(string[] args, int port, Action<IServiceCollection> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Services.AddSingleton<IInvocationHandler, OrchestrationTrigger>();
        builder.Services.AddSingleton<IInvocationHandler, ActivityTrigger>();
        builder.Services.AddSingleton<InvocationDispatcher>();
        configure(builder.Services);

        var app = builder.Build();
        app.MapGet("/", () => Results.Text("ready"));
        app.MapPost("/{function}", (HttpContext context, string function, InvocationDispatcher dispatcher) => dispatcher.HandleAsync(context, function));
        return app;
    }

    /// <summary>Reads the port from the values of <see cref="PortVariables"/>, in order.</summary>
    /// <exception cref="InvalidOperationException">No variable holds a valid port.</exception>
    public static int ReadPort(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        foreach (var name in PortVariables)
        {
            if (int.TryParse(environment(name), out var port) && port is > 0 and <= 65535)
            {
                return port;
            }
        }

        throw new InvalidOperationException($"Set {PortVariables[0]} to the port the handler should listen on (the Functions host does this).");
    }
}
