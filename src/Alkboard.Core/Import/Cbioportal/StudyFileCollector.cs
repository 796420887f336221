using System.Collections.Immutable;
using Alkboard.Core.Cases;
using Alkboard.Core.Diagnostics;

namespace Alkboard.Core.Import.Cbioportal;

/// <summary>
/// Collects what a reader finds in one study file, like <see cref="ImportCollector"/> for lab files
/// but with warnings beside errors (a study has findings that reject nothing, such as a quoted value).
/// </summary>
internal sealed class StudyFileCollector(string path, string? sha256, string? meta, string datatype)
{
    private readonly List<MolecularResult> _results = [];
    private readonly SortedDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly List<string> _notes = [];
    private readonly List<Diagnostic> _diagnostics = [];
    private int _errors;
    private int _unlistedErrors;
    private int _unlistedNotes;
    private readonly Dictionary<string, (int Line, int Column)> _samples = new(StringComparer.Ordinal);
    private bool _quoteWarned;

    /// <summary>The path as the user gave it (folder and file name), for locations.</summary>
    public string Path { get; } = path;

    /// <summary>The file's name, for provenance.</summary>
    public string Name => System.IO.Path.GetFileName(Path);

    public string? GenomeBuild { get; set; }

    public bool HasErrors => _errors > 0;

    public void Add(MolecularResult result, int line, string sample) =>
        _results.Add(result with { Provenance = new ResultProvenance(Name, sha256 ?? string.Empty, null, null, GenomeBuild, sample, line) });

    /// <summary>Records that the file names a sample (its first line and column), for the check against the clinical sample file.</summary>
    public void Saw(string sample, int line, int column) => _samples.TryAdd(sample, (line, column));

    public void Count(string what, int by = 1) => _counts[what] = _counts.GetValueOrDefault(what) + by;

    public void Note(string note)
    {
        if (_notes.Contains(note))
        {
            return;
        }

        if (_notes.Count >= ImportCollector.MaxNotes)
        {
            _unlistedNotes++;
            return;
        }

        _notes.Add(note);
    }

    public void Error(string code, string message, int line, int column = 1)
    {
        _errors++;
        if (_errors > ImportCollector.MaxListedErrors)
        {
            _unlistedErrors++;
            return;
        }

        _diagnostics.Add(new Diagnostic(code, message, Location(line, column)));
    }

    public void Warn(string code, string message, int line, int column = 1) =>
        _diagnostics.Add(new Diagnostic(code, message, Location(line, column), DiagnosticSeverity.Warning));

    /// <summary>Warns once per file at the first value holding a double quote (cBioPortal TSV is not CSV: the quote is part of the value).</summary>
    public void CheckQuotes(string line, int number)
    {
        var at = line.IndexOf('"', StringComparison.Ordinal);
        if (_quoteWarned || at < 0)
        {
            return;
        }

        _quoteWarned = true;
        var column = line[..at].Count(c => c == '\t') + 1;
        Warn(ImportErrorCodes.QuotedValue, "a value holds a double quote: cBioPortal files are tab-separated, not CSV, so the quote is read as part of the value (the first such value of this file)", number, column);
    }

    public StudyFileImport Build()
    {
        var diagnostics = _diagnostics.ToList();
        if (_unlistedErrors > 0)
        {
            var last = diagnostics.Last(d => d.IsError);
            diagnostics.Add(new Diagnostic(last.Code, $"and {_unlistedErrors} more errors not listed", new SourceLocation(Path, 0, 0, string.Empty)));
        }

        return new StudyFileImport(Path, meta, datatype, sha256, GenomeBuild,
            HasErrors ? [] : [.. _results],
            _counts.ToImmutableSortedDictionary(StringComparer.Ordinal),
            [.. _notes, .. _unlistedNotes > 0 ? new[] { $"and {_unlistedNotes} more notes not listed" } : []],
            [.. diagnostics])
        {
            SampleLines = _samples.ToImmutableDictionary(StringComparer.Ordinal),
        };
    }

    private SourceLocation Location(int line, int column) => new(Path, line, line > 0 ? column : 0, string.Empty);
}
