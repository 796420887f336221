using System.Collections.Immutable;
using Alkboard.Core.Cases;
using Alkboard.Core.Diagnostics;

namespace Alkboard.Core.Import;

/// <summary>Collects what a reader finds in one file; builds the <see cref="LabFileImport"/> at the end.</summary>
internal sealed class ImportCollector(string file, string sha256)
{
    /// <summary>At most this many errors are listed one by one; the rest are counted in one last error.</summary>
    public const int MaxListedErrors = 200;

    private readonly List<MolecularResult> _results = [];
    private readonly SortedDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly List<string> _notes = [];
    private readonly List<Diagnostic> _errors = [];
    private readonly List<OncoKbAnnotation> _oncoKb = [];
    private readonly SortedDictionary<string, SampleTumorType> _tumorTypes = new(StringComparer.Ordinal);
    private int _unlistedErrors;

    public string File { get; } = file;

    /// <summary>The file's SHA-256; it may be set after reading (it is hashed while the file is read), and is stamped on every result's provenance when the import is built.</summary>
    public string Sha256 { get; set; } = sha256;

    public LabFileFormat? Format { get; set; }

    public string? Caller { get; set; }

    public string? CallerVersion { get; set; }

    public string? GenomeBuild { get; set; }

    public string? Sample { get; set; }

    public bool HasErrors => _errors.Count > 0;

    public ResultProvenance Provenance(int line, string? sample = null) => new(Path.GetFileName(File), Sha256, Caller, CallerVersion, GenomeBuild, sample ?? Sample, line);

    /// <summary>Keeps a result with its provenance; returns it as kept.</summary>
    public MolecularResult Add(MolecularResult result, int line, string? sample = null)
    {
        var kept = result with { Provenance = Provenance(line, sample) };
        _results.Add(kept);
        return kept;
    }

    /// <summary>Keeps the OncoKB annotation of a kept result (shown beside Alkboard's interpretation, never merged into it).</summary>
    public void Annotate(OncoKbAnnotation annotation) => _oncoKb.Add(annotation);

    /// <summary>The tumor type a clinical table gives a sample; false (nothing kept) when the sample already has one.</summary>
    public bool TumorType(string sample, string code, int line) => _tumorTypes.TryAdd(sample, new SampleTumorType(code, Path.GetFileName(File), line));

    /// <summary>The tumor type kept for a sample, or null.</summary>
    public SampleTumorType? TumorTypeOf(string sample) => _tumorTypes.GetValueOrDefault(sample);

    public void Count(string what, int by = 1) => _counts[what] = _counts.GetValueOrDefault(what) + by;

    /// <summary>At most this many notes are kept; the rest are counted in the last one.</summary>
    public const int MaxNotes = 100;

    private int _unlistedNotes;

    public void Note(string note)
    {
        if (_notes.Contains(note))
        {
            return;
        }

        if (_notes.Count >= MaxNotes)
        {
            _unlistedNotes++;
            return;
        }

        _notes.Add(note);
    }

    public void Error(string code, string message, int line, int column = 1)
    {
        if (_errors.Count >= MaxListedErrors)
        {
            _unlistedErrors++;
            return;
        }

        _errors.Add(new Diagnostic(code, message, new SourceLocation(File, line, line > 0 ? column : 0, string.Empty)));
    }

    public LabFileImport Build()
    {
        var errors = _errors.ToList();
        if (_unlistedErrors > 0)
        {
            errors.Add(new Diagnostic(errors[^1].Code, $"and {_unlistedErrors} more errors not listed", new SourceLocation(File, 0, 0, string.Empty)));
        }

        return new LabFileImport(File, Format, Sha256, Caller, CallerVersion, GenomeBuild, Sample,
            errors.Count > 0 ? [] : [.. _results.Select(r => r.Provenance is { } p && p.Sha256 != Sha256 ? r with { Provenance = p with { Sha256 = Sha256 } } : r)],
            _counts.ToImmutableSortedDictionary(StringComparer.Ordinal),
            [.. _notes, .. _unlistedNotes > 0 ? new[] { $"and {_unlistedNotes} more notes not listed" } : []],
            [.. errors])
        {
            OncoKb = errors.Count > 0 ? [] : [.. _oncoKb],
            SampleTumorTypes = errors.Count > 0 ? ImmutableSortedDictionary<string, SampleTumorType>.Empty.WithComparers(StringComparer.Ordinal) : _tumorTypes.ToImmutableSortedDictionary(StringComparer.Ordinal),
        };
    }
}
