using Alkboard.Cli.Rendering;
using Alkboard.Core.Cases;
using Alkboard.Core.Cases.Loading;
using Spectre.Console;

namespace Alkboard.Cli;

/// <summary>Where a command writes, and how wide its tables may be.</summary>
public sealed class CommandContext(TextWriter stdout, TextWriter stderr, int width)
{
    /// <summary>Standard output.</summary>
    public TextWriter Out { get; } = stdout;

    /// <summary>Standard error: diagnostics that are not the command's result.</summary>
    public TextWriter Error { get; } = stderr;

    /// <summary>Loads a case file, or prints every error to standard error and returns null (the command then exits 1).</summary>
    public PatientCase? LoadCase(string file)
    {
        var loaded = CaseLoader.LoadFile(file);
        DiagnosticPrinter.Print(Error, loaded.Errors);
        return loaded.Success ? loaded.Case : null;
    }

    /// <summary>A Spectre console that writes plain text (no colour codes) to <see cref="Out"/> at a fixed width.</summary>
    public IAnsiConsole Console()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Out),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = width;
        return console;
    }
}
