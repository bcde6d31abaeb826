using System.Reflection;

namespace ReplOrchestrator.Functions.Tests.Support;

/// <summary>Where the repository and the function app's build output are.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The function app's build folder for the configuration these tests were built in.</summary>
    public static string FunctionAppOutput { get; } = Path.Combine(Root, "src", "ReplOrchestrator.Functions", "bin",
        typeof(RepoPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration, "net10.0");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ReplOrchestrator.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No ReplOrchestrator.sln above {AppContext.BaseDirectory}.");
    }
}
