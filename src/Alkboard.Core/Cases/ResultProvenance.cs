namespace Alkboard.Core.Cases;

/// <summary>
/// Where an imported molecular result came from: the lab file (its name and SHA-256 in lower-case
/// hex), the caller and its version as the file's header names them, the genome build, the sample
/// column and the 1-based physical line of the record. Fields the file does not give are null.
/// Written into the case file as <c>provenance</c> so a reader can go back to the exact record.
/// </summary>
public sealed record ResultProvenance(
    string File,
    string Sha256,
    string? Caller,
    string? CallerVersion,
    string? GenomeBuild,
    string? Sample,
    int Line);
