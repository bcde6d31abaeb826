using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace ReplOrchestrator.Browser.Tests.Support;

/// <summary>
/// Files out of npm packages without npm: the README's test command needs only the .NET SDK. A tarball is
/// downloaded once into the user's cache folder and checked against its pinned integrity on every read, so a
/// corrupt or tampered cache is fetched again rather than trusted.
/// </summary>
internal static class NpmTarballs
{
    private const int Attempts = 3;

    private static readonly HttpClient s_http = new() { Timeout = TimeSpan.FromMinutes(2) };

    // Test classes read in parallel; one download per tarball is enough.
    private static readonly SemaphoreSlim s_gate = new(1, 1);

    /// <summary>The text of <paramref name="path"/> (relative to the package root) in <paramref name="package"/>.</summary>
    public static async Task<string> ReadTextAsync(NpmPackage package, string path)
    {
        var tarball = await TarballAsync(package);
        await using var gzip = new GZipStream(new MemoryStream(tarball), CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        var name = "package/" + path; // npm packs every file under "package/"
        while (await tar.GetNextEntryAsync() is { } entry)
        {
            if (entry.Name == name && entry.DataStream is { } data)
            {
                using var reader = new StreamReader(data, Encoding.UTF8);
                return await reader.ReadToEndAsync();
            }
        }

        throw new InvalidOperationException($"{package.FileName} has no {path}.");
    }

    private static async Task<byte[]> TarballAsync(NpmPackage package)
    {
        var cached = Path.Combine(CacheFolder(), package.FileName);
        await s_gate.WaitAsync();
        try
        {
            if (File.Exists(cached) && await File.ReadAllBytesAsync(cached) is var bytes && Verified(package, bytes))
            {
                return bytes;
            }

            var downloaded = await DownloadAsync(package);
            Directory.CreateDirectory(Path.GetDirectoryName(cached)!);
            // Written aside and moved, so a second test process never reads a half-written tarball.
            var partial = cached + "." + Environment.ProcessId + ".partial";
            await File.WriteAllBytesAsync(partial, downloaded);
            File.Move(partial, cached, overwrite: true);
            return downloaded;
        }
        finally
        {
            s_gate.Release();
        }
    }

    private static async Task<byte[]> DownloadAsync(NpmPackage package)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var bytes = await s_http.GetByteArrayAsync(package.Tarball);
                return Verified(package, bytes)
                    ? bytes
                    : throw new InvalidOperationException($"{package.Tarball} does not match its pinned integrity {package.Integrity}.");
            }
            catch (Exception e) when (attempt < Attempts && e is HttpRequestException or TaskCanceledException)
            {
                await Task.Delay(TimeSpan.FromSeconds(2 * attempt));
            }
        }
    }

    private static bool Verified(NpmPackage package, byte[] tarball) =>
        CryptographicOperations.FixedTimeEquals(SHA512.HashData(tarball), package.Sha512);

    // XDG's cache folder, so that a clean of the checkout does not throw the download away.
    private static string CacheFolder()
    {
        var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "repl-orchestrator", "npm");
    }
}
