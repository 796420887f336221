using System.Collections.Immutable;
using Alkboard.Core.Cases;
using Alkboard.Core.Knowledge;

namespace Alkboard.Core.Import;

/// <summary>
/// The OncoKB annotator's columns in a table's header (MAF, fusion, structural-variant and
/// copy-number tables alike: the annotator appends the same columns to each), found by name,
/// case-insensitive as the annotator itself reads headers. Both the 2021 layout (CITATIONS,
/// LEVEL_R3) and the current one (ANNOTATED, HIGHEST_SENSITIVE_LEVEL, TX_CITATIONS, …) are read.
/// </summary>
internal sealed class OncoKbColumns
{
    /// <summary>Columns every OncoKB annotation has; any one of them marks the table as annotated.</summary>
    private static readonly string[] Core = ["GENE_IN_ONCOKB", "VARIANT_IN_ONCOKB", "MUTATION_EFFECT", "ONCOGENIC", "HIGHEST_LEVEL"];

    private static readonly string[] CitationColumns = ["CITATIONS", "MUTATION_EFFECT_CITATIONS", "TX_CITATIONS", "DX_CITATIONS", "PX_CITATIONS"];

    private static readonly string[] TumorTypeColumns = ["CANCER_TYPE", "ONCOTREE_CODE"];

    private static readonly string[] BooleanColumns = ["ANNOTATED", "GENE_IN_ONCOKB", "VARIANT_IN_ONCOKB"];

    private readonly Dictionary<string, int> _index;
    private readonly List<(string Column, int Index, EvidenceLevel? Level, EffectDirection Direction)> _levels = [];
    private readonly List<(string Column, int Index)> _diagnostic = [];
    private readonly List<(string Column, int Index)> _prognostic = [];
    private readonly List<string> _unread = [];
    private readonly KnowledgeBase _kb;

    private OncoKbColumns(string[] header, Dictionary<string, int> index, KnowledgeBase kb)
    {
        _index = index;
        _kb = kb;
        Columns = [.. header.Select(h => h.Trim()).Where(IsAnnotationColumn)];
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim();
            if (name.StartsWith("LEVEL_Dx", StringComparison.OrdinalIgnoreCase))
            {
                _diagnostic.Add((name, i));
            }
            else if (name.StartsWith("LEVEL_Px", StringComparison.OrdinalIgnoreCase))
            {
                _prognostic.Add((name, i));
            }
            else if (name.StartsWith("LEVEL_", StringComparison.OrdinalIgnoreCase))
            {
                if (OncoKbLevels.Therapeutic(name) is { } level)
                {
                    _levels.Add((name, i, level.Level, level.Direction));
                }
                else
                {
                    _unread.Add(name);
                }
            }
        }
    }

    /// <summary>The annotation columns of the header, in its order.</summary>
    public ImmutableArray<string> Columns { get; }

    /// <summary>LEVEL_ columns that are no therapeutic level this version reads (e.g. the pre-2019 LEVEL_2A): named in a note, not read.</summary>
    public IReadOnlyList<string> Unread => _unread;

    /// <summary>
    /// The annotation columns of a header, or null when it has none. A header with some of the
    /// columns every annotation has but not all is an error (<see cref="ImportErrorCodes.OncoKbHeader"/>).
    /// </summary>
    public static OncoKbColumns? Find(string[] header, int line, ImportCollector collector, KnowledgeBase kb)
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            index.TryAdd(header[i].Trim(), i);
        }

        var present = Core.Where(index.ContainsKey).ToList();
        if (present.Count == 0)
        {
            return null;
        }

        var missing = Core.Except(present).ToList();
        if (missing.Count > 0)
        {
            collector.Error(ImportErrorCodes.OncoKbHeader, $"the header has OncoKB annotation columns ({string.Join(", ", present)}) but lacks {string.Join(", ", missing)}; an OncoKB-annotated table has all of {string.Join(", ", Core)}", line);
            return null;
        }

        var columns = new OncoKbColumns(header, index, kb);
        if (columns._levels.Count == 0)
        {
            collector.Error(ImportErrorCodes.OncoKbHeader, "the header has OncoKB annotation columns but no therapeutic level column (LEVEL_1 … LEVEL_R2)", line);
            return null;
        }

        return columns;
    }

    /// <summary>Says in the file's notes that the annotation was found, and which level columns are not read.</summary>
    public void NoteIn(ImportCollector collector)
    {
        collector.Note($"OncoKB annotator columns ({Columns.Length}): the file's levels are shown beside Alkboard's interpretation, never merged into it; the file states no OncoKB version or date");
        if (Unread.Count > 0)
        {
            collector.Note($"OncoKB level columns not read (no level of this version): {string.Join(", ", Unread)}");
        }
    }

    /// <summary>Checks a row's annotation values (the booleans are True or False); reports each bad value with its column.</summary>
    public bool Validate(string[] fields, int line, ImportCollector collector)
    {
        var ok = true;
        foreach (var column in BooleanColumns)
        {
            if (_index.TryGetValue(column, out var i) && fields[i].Trim() is { Length: > 0 } text && Boolean(text) is null)
            {
                collector.Error(ImportErrorCodes.OncoKbRow, $"{column} is '{text}', not True or False", line, i + 1);
                ok = false;
            }
        }

        return ok;
    }

    /// <summary>The annotation of a row already checked by <see cref="Validate"/>, for the result read from it.</summary>
    public OncoKbAnnotation Read(string[] fields, MolecularResult result)
    {
        string? Text(string column) => _index.TryGetValue(column, out var i) && fields[i].Trim() is { Length: > 0 } v ? v : null;

        var treatments = ImmutableArray.CreateBuilder<OncoKbTreatment>();
        foreach (var (column, i, level, direction) in _levels)
        {
            foreach (var written in fields[i].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var drugs = written.Split('+', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Select(d => _kb.EvidenceDrugOf(d) is { } drug ? new OncoKbDrug(d, drug.Name, drug.FromCivicOnly) : new OncoKbDrug(d, null, false));
                treatments.Add(new OncoKbTreatment(column, level, direction, written, [.. drugs]));
            }
        }

        var citations = CitationColumns.Select(Text).OfType<string>()
            .SelectMany(v => v.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal);
        var tumorColumn = TumorTypeColumns.FirstOrDefault(c => Text(c) is not null);
        return new OncoKbAnnotation(result, Columns, tumorColumn is null ? null : Text(tumorColumn),
            Boolean(Text("ANNOTATED")), Boolean(Text("GENE_IN_ONCOKB")), Boolean(Text("VARIANT_IN_ONCOKB")),
            Text("MUTATION_EFFECT"), Text("ONCOGENIC"), treatments.ToImmutable(),
            Text("HIGHEST_LEVEL"), Text("HIGHEST_SENSITIVE_LEVEL"), Text("HIGHEST_RESISTANCE_LEVEL"),
            Leveled(fields, _diagnostic), Leveled(fields, _prognostic), [.. citations])
        {
            TumorTypeSource = tumorColumn is null ? null : $"its {tumorColumn} column",
        };
    }

    /// <summary>True for a column the annotator adds (not one of the input table's own columns).</summary>
    public static bool IsAnnotationColumn(string name) =>
        name.StartsWith("LEVEL_", StringComparison.OrdinalIgnoreCase)
        || Core.Contains(name, StringComparer.OrdinalIgnoreCase)
        || CitationColumns.Contains(name, StringComparer.OrdinalIgnoreCase)
        || name.Equals("ANNOTATED", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("HIGHEST_", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("ONCOKB_", StringComparison.OrdinalIgnoreCase)
        || name is "GENE_SUMMARY" or "VARIANT_SUMMARY" or "TUMOR_TYPE_SUMMARY" or "DIAGNOSTIC_SUMMARY" or "PROGNOSTIC_SUMMARY" or "MUTATION_EFFECT_DESCRIPTION";

    private static ImmutableArray<OncoKbLeveledTumorTypes> Leveled(string[] fields, List<(string Column, int Index)> columns) =>
        [.. columns.Where(c => fields[c.Index].Trim().Length > 0).Select(c => new OncoKbLeveledTumorTypes(c.Column, fields[c.Index].Trim()))];

    private static bool? Boolean(string? text) => text switch
    {
        null => null,
        _ when text.Equals("True", StringComparison.OrdinalIgnoreCase) => true,
        _ when text.Equals("False", StringComparison.OrdinalIgnoreCase) => false,
        _ => null,
    };
}
