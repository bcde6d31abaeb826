using Microsoft.Extensions.Configuration;

namespace ReplOrchestrator.Agent.Configuration;

/// <summary>Reads and checks the configuration file; any problem becomes one <see cref="AgentConfigurationException"/> line.</summary>
internal static class AgentConfiguration
{
    /// <summary>Loads <paramref name="path"/> and validates it for this platform.</summary>
    /// <exception cref="AgentConfigurationException">The file is missing, not JSON, or breaks a rule; the message is one line.</exception>
    public static AgentOptions Load(string path, bool onWindows)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new AgentConfigurationException($"{full}: no such configuration file");
        }

        var options = new AgentOptions();
        try
        {
            new ConfigurationBuilder().AddJsonFile(full, optional: false, reloadOnChange: false).Build().Bind(options);
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or InvalidOperationException)
        {
            throw new AgentConfigurationException($"{full}: {OneLine(e)}");
        }

        var problems = AgentOptionsValidator.Validate(options, onWindows);
        if (problems.Count > 0)
        {
            var more = problems.Count > 1 ? $" (and {problems.Count - 1} more)" : "";
            throw new AgentConfigurationException($"{full}: {problems[0]}{more}");
        }

        AddGatewayEndpoints(options.Probes);
        return options;
    }

    private static void AddGatewayEndpoints(ProbeOptions probes)
    {
        if (probes.GatewayJsonFile is not { Length: > 0 } file)
        {
            return;
        }

        string json;
        try
        {
            json = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new AgentConfigurationException($"probes.gatewayJsonFile: {Path.GetFullPath(file)} cannot be read ({e.GetType().Name})");
        }

        foreach (var endpoint in GatewayJson.Endpoints(json))
        {
            if (!probes.Endpoints.Any(e => e.Role == endpoint.Role && string.Equals(e.Host, endpoint.Host, StringComparison.OrdinalIgnoreCase)))
            {
                probes.Endpoints.Add(endpoint);
            }
        }
    }

    // Binder and JSON messages nest the useful part in inner exceptions and span lines.
    private static string OneLine(Exception e)
    {
        var innermost = e;
        while (innermost.InnerException is not null)
        {
            innermost = innermost.InnerException;
        }

        var text = innermost == e ? e.Message : $"{e.Message} {innermost.Message}";
        return string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
