using Spectre.Console;

namespace ReplOrchestrator.Local.Cli;

/// <summary>Spectre consoles over the writers the command line was given.</summary>
internal static class CliConsole
{
    // Wide enough that codes and titles never wrap when the output goes to a file, a pipe or a test.
    private const int RedirectedWidth = 200;

    public static IAnsiConsole For(TextWriter output)
    {
        var interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
