namespace ReplOrchestrator.TestUtilities;

/// <summary>
/// Files a test keeps for people to look at, such as screenshots: under <c>TestResults/</c> in the test project's
/// output folder, which CI can upload and git ignores.
/// </summary>
public static class TestArtifacts
{
    /// <summary>The full path for <paramref name="fileName"/> in the folder of <paramref name="area"/>, which is created.</summary>
    public static string PathFor(string area, string fileName)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", area);
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, fileName);
    }
}
