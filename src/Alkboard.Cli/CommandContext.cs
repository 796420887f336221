using System.Diagnostics;
using System.Globalization;
using Alkboard.Cli.Rendering;
using Alkboard.Core.Cases;
using Alkboard.Core.Cases.Loading;
using Alkboard.Core.Import;
using Alkboard.Core.Knowledge;
using Spectre.Console;

namespace Alkboard.Cli;

/// <summary>Where a command writes, how wide its tables may be, and which knowledge folder it reads.</summary>
public sealed class CommandContext(TextWriter stdout, TextWriter stderr, int width, string? knowledgeFolder = null, string? knowledgeRelease = null)
{
    /// <summary>The knowledge folder given with <c>--kb</c> (with <c>--kb-release</c>: the folder of published releases), or null for the default.</summary>
    public string? KnowledgeFolder { get; } = knowledgeFolder is null ? null : Path.GetFullPath(knowledgeFolder);

    /// <summary>The published release given with <c>--kb-release</c>, or null to read a knowledge folder as it is.</summary>
    public string? KnowledgeRelease { get; } = knowledgeRelease;

    /// <summary>Standard output.</summary>
    public TextWriter Out { get; } = stdout;

    /// <summary>Standard error: diagnostics that are not the command's result.</summary>
    public TextWriter Error { get; } = stderr;

    private KnowledgeBase? _knowledge;
    private bool _knowledgeLoaded;

    /// <summary>The knowledge base, loaded once per command; its problems are printed once and null returned when it is invalid.</summary>
    public KnowledgeBase? Knowledge()
    {
        if (!_knowledgeLoaded)
        {
            _knowledge = KnowledgeSource.Load(this);
            _knowledgeLoaded = true;
        }

        return _knowledge;
    }

    /// <summary>
    /// Loads a case file, resolving every agent through the knowledge base's drug vocabulary, or
    /// prints every error to standard error and returns null (the command then exits 1).
    /// </summary>
    public PatientCase? LoadCase(string file) => LoadCaseResult(file) is { Success: true } loaded ? loaded.Case : null;

    /// <summary>Loads a case file and prints its errors; null when the knowledge base itself cannot be loaded.</summary>
    public CaseLoadResult? LoadCaseResult(string file)
    {
        if (Knowledge() is not { } kb)
        {
            return null;
        }

        var loaded = CaseLoader.LoadFile(file, kb.Vocabulary);
        DiagnosticPrinter.Print(Error, loaded.Errors);
        return loaded;
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

    /// <summary>A lab-file size above which reading is announced on standard error, with its time after.</summary>
    public const long LargeLabFileBytes = 100_000_000;

    /// <summary>
    /// Reads one lab file through <see cref="LabFileImporter"/>; a file over
    /// <see cref="LargeLabFileBytes"/> is announced with its size and its reading time is reported
    /// (a 1 GB VCF takes seconds), so a long read is never silent.
    /// </summary>
    public LabFileImport ImportLabFile(string file, ImportOptions options, KnowledgeBase kb)
    {
        var size = File.Exists(file) ? new FileInfo(file).Length : 0;
        var clock = size > LargeLabFileBytes ? Stopwatch.StartNew() : null;
        if (clock is not null)
        {
            Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"alkboard: reading {file} ({size / 1_000_000.0:N0} MB)..."));
        }

        var import = LabFileImporter.Import(file, options, kb);
        if (clock is not null)
        {
            Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"alkboard: {file} read in {clock.Elapsed.TotalSeconds:0.0} s"));
        }

        return import;
    }
}
