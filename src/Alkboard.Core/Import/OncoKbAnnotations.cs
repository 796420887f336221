using System.Collections.Immutable;

namespace Alkboard.Core.Import;

/// <summary>The OncoKB annotations of several lab files read together, with the tumor type a clinical table among them gives each sample.</summary>
public static class OncoKbAnnotations
{
    /// <summary>
    /// Every annotation of the files, in file order. An annotation whose row names no tumor type
    /// takes its sample's from the clinical tables given (exact sample name); when two tables give
    /// the sample different tumor types it takes none, and the source says so.
    /// </summary>
    public static ImmutableArray<OncoKbAnnotation> Of(IEnumerable<LabFileImport> imports)
    {
        ArgumentNullException.ThrowIfNull(imports);
        var list = imports.ToList();
        var tumorTypes = list.SelectMany(i => i.SampleTumorTypes).ToLookup(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return [.. list.SelectMany(i => i.OncoKb).Select(a => a.TumorType is not null || a.Provenance.Sample is not { } sample || !tumorTypes.Contains(sample)
            ? a
            : tumorTypes[sample].Select(t => t.Code).Distinct(StringComparer.Ordinal).Count() == 1
                ? a with { TumorType = tumorTypes[sample].First().Code, TumorTypeSource = string.Join(", ", tumorTypes[sample].Select(t => $"{t.File}:{t.Line}")) }
                : a with { TumorTypeSource = "clinical tables disagree: " + string.Join(", ", tumorTypes[sample].Select(t => $"{t.File}:{t.Line} {t.Code}")) })];
    }
}
