using System.Text.Json;

namespace ReplOrchestrator.Functions.Manifest;

/// <summary>Writes one folder per function, named for it, holding its <c>function.json</c>.</summary>
internal static class FunctionJsonWriter
{
    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true, IndentSize = 2 };

    /// <summary>The text of a function's <c>function.json</c>, as committed and shipped (LF, trailing newline).</summary>
    public static string Render(FunctionDefinition function) =>
        function.ToFunctionJson().ToJsonString(s_indented).ReplaceLineEndings("\n") + "\n";

    public static async Task WriteAsync(FunctionCatalog catalog, string folder)
    {
        foreach (var function in catalog.All)
        {
            var directory = Path.Combine(folder, function.Name);
            Directory.CreateDirectory(directory);
            await File.WriteAllTextAsync(Path.Combine(directory, "function.json"), Render(function));
        }
    }
}
