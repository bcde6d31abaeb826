using System.Text.RegularExpressions;
using ReplOrchestrator.Infra.Tests.Bicep;

namespace ReplOrchestrator.Infra.Tests.Rules;

/// <summary>
/// The function app is a Flex Consumption .NET isolated-worker app whose every connection is identity
/// based: the settings the host, the Durable extension and the app's own clients read are all there,
/// none carries a key, and the settings Flex rejects are absent.
/// </summary>
internal static partial class FunctionAppRule
{
    public static IReadOnlyList<string> RequiredSettings { get; } =
    [
        "AzureWebJobsStorage__credential",
        "AzureWebJobsStorage__clientId",
        "AzureWebJobsStorage__blobServiceUri",
        "AzureWebJobsStorage__queueServiceUri",
        "AzureWebJobsStorage__tableServiceUri",
        "ServiceBusConnection__fullyQualifiedNamespace",
        "ServiceBusConnection__credential",
        "ServiceBusConnection__clientId",
        "AZURE_CLIENT_ID",
        "Repl__KeyVault__Uri",
        "REPL_TASKHUB_NAME",
        "APPLICATIONINSIGHTS_CONNECTION_STRING",
        "APPLICATIONINSIGHTS_AUTHENTICATION_STRING",
    ];

    // A connection-string AzureWebJobsStorage carries an account key; the others are rejected or
    // ignored on Flex Consumption, where runtime and deployment live in functionAppConfig.
    public static IReadOnlyList<string> ForbiddenSettings { get; } =
    [
        "AzureWebJobsStorage",
        "FUNCTIONS_WORKER_RUNTIME",
        "FUNCTIONS_EXTENSION_VERSION",
        "WEBSITE_RUN_FROM_PACKAGE",
        "WEBSITE_CONTENTAZUREFILECONNECTIONSTRING",
        "ServiceBusConnection",
    ];

    public static IEnumerable<string> Check(TemplateSet templates)
    {
        var sites = templates.Documents
            .SelectMany(d => d.Resources.Where(r => r.Type == "Microsoft.Web/sites" && !r.IsExisting).Select(r => (Document: d, Site: r)))
            .ToList();
        if (sites.Count != 1)
        {
            return [$"expected exactly one Microsoft.Web/sites declaration, found {sites.Count}"];
        }

        var (document, site) = sites[0];
        return CheckSite(document, site).Concat(CheckSettings(site)).Select(v => $"{site.Where}: {v}");
    }

    private static IEnumerable<string> CheckSite(BicepDocument document, BicepResource site)
    {
        var body = site.Body;
        var expected = new (string Path, string Value)[]
        {
            ("kind", "'functionapp,linux'"),
            ("properties.functionAppConfig.runtime.name", "'dotnet-isolated'"),
            ("properties.functionAppConfig.runtime.version", "'10.0'"),
            ("properties.functionAppConfig.deployment.storage.type", "'blobContainer'"),
            ("properties.functionAppConfig.deployment.storage.authentication.type", "'UserAssignedIdentity'"),
        };
        foreach (var (path, value) in expected.Where(e => body.At(e.Path)?.Raw != e.Value))
        {
            yield return $"{path} must be {value}";
        }

        foreach (var path in new[] { "instanceMemoryMB", "maximumInstanceCount" }.Select(p => $"properties.functionAppConfig.scaleAndConcurrency.{p}"))
        {
            if (body.At(path)?.Raw is not { } raw || !document.Parameters.Any(p => p.Name == raw))
            {
                yield return $"{path} must come from a parameter";
            }
        }

        var alwaysReady = body.At("properties.functionAppConfig.scaleAndConcurrency.alwaysReady")?.Raw ?? "";
        alwaysReady = document.Variables.FirstOrDefault(v => v.Name == alwaysReady)?.Value.Raw ?? alwaysReady;
        if (!DurableGroup().IsMatch(alwaysReady))
        {
            yield return "scaleAndConcurrency.alwaysReady must keep instances ready for the 'durable' group";
        }

        var plan = document.Resources.FirstOrDefault(r => r.Type == "Microsoft.Web/serverfarms" && !r.IsExisting);
        if (plan is null || plan.Body.At("sku.name")?.Raw != "'FC1'" || plan.Body.At("sku.tier")?.Raw != "'FlexConsumption'" || plan.Body.At("properties.reserved")?.Raw != "true")
        {
            yield return "the plan beside the app must be Flex Consumption: sku FC1/FlexConsumption, reserved (Linux)";
        }
    }

    private static IEnumerable<string> CheckSettings(BicepResource site)
    {
        var settings = site.Body.At("properties.siteConfig.appSettings")?.Items;
        if (settings is null)
        {
            yield return "properties.siteConfig.appSettings must be an array literal of { name, value }";
            yield break;
        }

        var names = settings.Select(s => s.Object?["name"]?.StringLiteral ?? s.Raw).ToList();
        foreach (var missing in RequiredSettings.Except(names, StringComparer.Ordinal))
        {
            yield return $"app setting {missing} is missing";
        }

        foreach (var forbidden in ForbiddenSettings.Intersect(names, StringComparer.OrdinalIgnoreCase))
        {
            yield return $"app setting {forbidden} must not be set";
        }

        foreach (var setting in settings.Where(s => SecretValue().IsMatch(s.Object?["value"]?.Raw ?? "")))
        {
            yield return $"app setting at {setting.Where} carries a key or listed secret";
        }
    }

    [GeneratedRegex(@"name:\s*'durable'")]
    private static partial Regex DurableGroup();

    [GeneratedRegex(@"\blist\w*\(|AccountKey=|SharedAccessKey|primaryKey|secondaryKey", RegexOptions.IgnoreCase)]
    private static partial Regex SecretValue();
}
