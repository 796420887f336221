namespace Alkboard.Core.Knowledge;

/// <summary>A source: PMID and/or DOI, or a URL for regulatory pages, guideline pages and articles without known identifiers.</summary>
public sealed record Citation(string Id, string? Pmid, string? Doi, string? Url, string Kind, string Title, string? Design = null)
{
    /// <summary>How the citation is shown: "PMID:20979472", else "DOI:…", else the URL.</summary>
    public string Reference => Pmid is not null ? $"PMID:{Pmid}" : Doi is not null ? $"DOI:{Doi}" : Url!;
}
