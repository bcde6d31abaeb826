using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;

namespace ReplOrchestrator.Api.Dashboard;

/// <summary>
/// The dashboard's files, read once from this assembly's resources (<c>Dashboard/wwwroot</c>, embedded as
/// <c>dashboard/…</c>). They hold markup, styles and code only; every fleet fact comes from the API, behind a key.
/// </summary>
internal static class DashboardAssets
{
    private const string Prefix = "dashboard/";

    private static readonly FrozenDictionary<string, string> s_types = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly Lazy<FrozenDictionary<string, DashboardAsset>> s_assets = new(Load);

    /// <summary>The asset at <paramref name="path"/> (relative to the dashboard, <c>index.html</c> for empty), or null.</summary>
    public static DashboardAsset? Find(string? path) =>
        s_assets.Value.GetValueOrDefault(string.IsNullOrEmpty(path) ? "index.html" : path);

    private static FrozenDictionary<string, DashboardAsset> Load()
    {
        var assembly = typeof(DashboardAssets).Assembly;
        var assets = new Dictionary<string, DashboardAsset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var path = name[Prefix.Length..].Replace('\\', '/');
            if (!s_types.TryGetValue(Path.GetExtension(path), out var type))
            {
                continue;
            }

            var content = Read(assembly, name);
            assets[path] = new DashboardAsset(content, type, "\"" + Convert.ToHexStringLower(SHA256.HashData(content))[..32] + "\"");
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
