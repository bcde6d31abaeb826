using System.Reflection;
using ReplOrchestrator.TestUtilities;

namespace ReplOrchestrator.Functions.Tests.Support;

/// <summary>Where the repository and the function app's build output are.</summary>
internal static class RepoPaths
{
    public static string Root => RepositoryRoot.Path;

    /// <summary>The function app's build folder for the configuration these tests were built in.</summary>
    public static string FunctionAppOutput { get; } = Path.Combine(Root, "src", "ReplOrchestrator.Functions", "bin",
        typeof(RepoPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration, "net10.0");
}
