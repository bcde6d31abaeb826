namespace ReplOrchestrator.TestUtilities;

/// <summary>The checkout the tests run from: the folder above the test assembly that holds <c>ReplOrchestrator.sln</c>.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> s_path = new(Find);

    /// <summary>The checkout's root folder.</summary>
    public static string Path => s_path.Value;

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "ReplOrchestrator.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No ReplOrchestrator.sln above {AppContext.BaseDirectory}.");
    }
}
