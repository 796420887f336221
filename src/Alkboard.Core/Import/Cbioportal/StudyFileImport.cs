using System.Collections.Immutable;
using Alkboard.Core.Cases;
using Alkboard.Core.Diagnostics;

namespace Alkboard.Core.Import.Cbioportal;

/// <summary>
/// What one file of a cBioPortal study gave: its meta file and datatype, SHA-256, genome build,
/// the molecular results kept (each with its <see cref="ResultProvenance"/>), counts of the records
/// read and of those not kept and why, notes, and its errors and warnings. A file with an error
/// rejects the whole study.
/// </summary>
public sealed record StudyFileImport(
    string File,
    string? Meta,
    string Datatype,
    string? Sha256,
    string? GenomeBuild,
    ImmutableArray<MolecularResult> Results,
    ImmutableSortedDictionary<string, int> Counts,
    ImmutableArray<string> Notes,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when the file was read without an error (warnings allowed).</summary>
    public bool Success => Diagnostics.All(d => !d.IsError);

    /// <summary>The errors that reject the file.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);

    /// <summary>The warnings: shown, rejecting nothing.</summary>
    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => !d.IsError);

    /// <summary>Each sample id the file names, with the line and column it is first named at (checked against the clinical sample file).</summary>
    internal ImmutableDictionary<string, (int Line, int Column)> SampleLines { get; init; } = ImmutableDictionary<string, (int Line, int Column)>.Empty;
}
