using ReplOrchestrator.Infra.Tests.Support;

namespace ReplOrchestrator.Infra.Tests.Compiler;

/// <summary>
/// The Bicep gate: <c>bicep build</c> and <c>bicep lint</c> on every .bicep file under a folder, and
/// <c>bicep build-params</c> and <c>bicep lint</c> on every .bicepparam file, with the folder's own
/// bicepconfig.json. The compiled JSON goes to an output folder outside the checked one. Any error or
/// warning, a run that fails without saying why, output the gate cannot read, or a file that was not
/// compiled is a problem.
/// </summary>
internal static class BicepGate
{
    public static BicepGateResult Check(string root, string outputDirectory)
    {
        root = Path.GetFullPath(root);
        var templates = Find(root, "*.bicep");
        var parameterFiles = Find(root, "*.bicepparam");
        var templatesDirectory = Path.Combine(outputDirectory, "templates");
        var parametersDirectory = Path.Combine(outputDirectory, "parameters");
        var diagnostics = new List<BicepDiagnostic>();
        var failures = new List<string>();
        if (templates.Count == 0)
        {
            failures.Add($"no .bicep files under {root}");
            return new BicepGateResult(root, templates, [], failures, templatesDirectory);
        }

        // --pattern checks every match in one process; most of a run's seconds go to the CLI starting
        // and loading its type data, so the runs go side by side.
        List<string[]> runs =
        [
            ["build", "--pattern", "**/*.bicep", "--outdir", templatesDirectory],
            ["lint", "--pattern", "**/*.bicep"],
        ];
        if (parameterFiles.Count > 0)
        {
            runs.Add(["build-params", "--pattern", "**/*.bicepparam", "--outdir", parametersDirectory]);
            runs.Add(["lint", "--pattern", "**/*.bicepparam"]);
        }

        foreach (var (arguments, result) in runs.AsParallel().AsOrdered().WithDegreeOfParallelism(runs.Count).Select(a => (a, BicepCli.Run(a, root))).ToList())
        {
            Read($"bicep {string.Join(' ', arguments)}", result, diagnostics, failures);
        }

        // A pattern that silently skipped a file would pass it unchecked; a file with errors has no JSON anyway.
        foreach (var (file, directory) in templates.Select(t => (t, templatesDirectory)).Concat(parameterFiles.Select(p => (p, parametersDirectory))))
        {
            var relative = Path.GetRelativePath(root, file);
            if (!File.Exists(Path.ChangeExtension(Path.Combine(directory, relative), ".json"))
                && !diagnostics.Any(d => d.Level == "Error" && d.File == file))
            {
                failures.Add($"{relative}: the compiler wrote no JSON for it");
            }
        }

        return new BicepGateResult(root, [.. templates, .. parameterFiles], diagnostics.Distinct().ToList(), failures, templatesDirectory);
    }

    private static List<string> Find(string root, string pattern) =>
        Directory.EnumerateFiles(root, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    private static void Read(string command, ProcessResult result, List<BicepDiagnostic> diagnostics, List<string> failures)
    {
        var errors = 0;
        var lines = result.StandardError.Split('\n').Concat(result.StandardOutput.Split('\n'));
        foreach (var line in lines.Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            if (BicepDiagnostic.TryParse(line) is { } diagnostic)
            {
                diagnostics.Add(diagnostic);
                errors += diagnostic.Level == "Error" ? 1 : 0;
            }
            else
            {
                failures.Add($"{command}: unexpected output: {line}");
            }
        }

        if (result.ExitCode != 0 && errors == 0)
        {
            failures.Add($"{command} exited {result.ExitCode} without reporting an error");
        }
    }
}
