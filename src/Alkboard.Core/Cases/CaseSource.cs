namespace Alkboard.Core.Cases;

/// <summary>
/// Where the case comes from: the publication (with DOI, PMID or, when neither is known, the publisher URL) and which patient of it,
/// or "synthetic" for made-up test patients.
/// </summary>
public sealed record CaseSource(string Citation, string? Doi, string? Pmid, string? Url, string? PatientLabel, bool Synthetic, string? Note);
