using System.Collections.Immutable;
using Alkboard.Core.Cases;
using Alkboard.Core.Diagnostics;

namespace Alkboard.Core.Import;

/// <summary>
/// What one lab file gave: the results kept for the case (each with its <see cref="ResultProvenance"/>),
/// counts of the records read and of those not kept and why (filters, genes outside the knowledge
/// base, records that need annotation), notes for the reader, and every error. A file with an
/// error gives no results: it is accepted whole or rejected whole.
/// </summary>
public sealed record LabFileImport(
    string File,
    LabFileFormat? Format,
    string? Sha256,
    string? Caller,
    string? CallerVersion,
    string? GenomeBuild,
    string? Sample,
    ImmutableArray<MolecularResult> Results,
    ImmutableSortedDictionary<string, int> Counts,
    ImmutableArray<string> Notes,
    ImmutableArray<Diagnostic> Errors)
{
    /// <summary>The OncoKB annotator's columns for the kept results, when the file has them (empty otherwise): the file's claim, shown beside Alkboard's interpretation.</summary>
    public ImmutableArray<OncoKbAnnotation> OncoKb { get; init; } = [];

    /// <summary>An OncoKB clinical table's tumor type per sample (empty for other files): what the annotation of those samples was made for.</summary>
    public ImmutableSortedDictionary<string, SampleTumorType> SampleTumorTypes { get; init; } = ImmutableSortedDictionary<string, SampleTumorType>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>True when the file was read whole without an error.</summary>
    public bool Success => Errors.IsEmpty;
}
