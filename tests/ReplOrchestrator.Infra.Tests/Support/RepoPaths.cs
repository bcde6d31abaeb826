namespace ReplOrchestrator.Infra.Tests.Support;

/// <summary>Where the repository's files are, found from the test assembly's location.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    public static string Root => s_root.Value;

    public static string Infra => Path.Combine(Root, "infra");

    public static string DeployScript => Path.Combine(Infra, "deploy.sh");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReplOrchestrator.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"ReplOrchestrator.sln not found above {AppContext.BaseDirectory}");
    }
}
