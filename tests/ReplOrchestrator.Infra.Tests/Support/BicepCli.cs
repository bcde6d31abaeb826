using System.Reflection;
using System.Runtime.InteropServices;

namespace ReplOrchestrator.Infra.Tests.Support;

/// <summary>
/// The real Bicep CLI, from the Azure.Bicep.CommandLine.linux-x64 package that restore downloads into
/// the NuGet cache. The project writes the executable's path and the pinned version into this
/// assembly's metadata; the package's files may come out of the cache without their execute bit, so
/// it is set here before the first run.
/// </summary>
internal static class BicepCli
{
    private static readonly Lazy<string> s_path = new(Locate);

    public static string Path => s_path.Value;

    /// <summary>The version Directory.Packages.props pins (BicepCliVersion).</summary>
    public static string PinnedVersion => Metadata("BicepCliVersion");

    public static ProcessResult Run(IEnumerable<string> arguments, string workingDirectory) =>
        ProcessRunner.Run(Path, arguments, workingDirectory, timeout: TimeSpan.FromMinutes(3));

    private static string Locate()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
        {
            throw new PlatformNotSupportedException("the Infra tests run the linux-x64 Bicep CLI; run them on Linux x64");
        }

        var path = Metadata("BicepCliPath");
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"the Bicep CLI is not at {path}: restore tests/ReplOrchestrator.Infra.Tests (dotnet restore) to download Azure.Bicep.CommandLine.linux-x64 {PinnedVersion}");
        }

        const UnixFileMode Execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        var mode = File.GetUnixFileMode(path);
        if ((mode & UnixFileMode.UserExecute) == 0)
        {
            File.SetUnixFileMode(path, mode | Execute);
        }

        return path;
    }

    private static string Metadata(string key) =>
        typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"assembly metadata {key} is missing: the project's AddBicepCliMetadata target did not run");
}
