using System.Collections.Immutable;
using Alkboard.Core.Genomics;

namespace Alkboard.Core.Knowledge;

/// <summary>
/// The loaded, validated knowledge base: one release (id and date), genes, tumor types, drugs,
/// approvals, citations and therapeutic statements (curated and imported from CIViC), and the
/// CIViC items that were not turned into statements, with why.
/// </summary>
public sealed record KnowledgeBase(
    string Release,
    string ReleaseDate,
    ImmutableArray<GeneEntry> Genes,
    GeneCatalog Catalog,
    ImmutableArray<TumorType> TumorTypes,
    ImmutableDictionary<string, Drug> Drugs,
    ImmutableArray<Approval> Approvals,
    ImmutableDictionary<string, Citation> Citations,
    ImmutableArray<Statement> Statements,
    ImmutableArray<string> NotImported,
    DrugVocabulary Vocabulary,
    ImmutableArray<Trial> Trials,
    ImmutableArray<LabelRisk> LabelRisks,
    ImmutableArray<LabelRule> LabelRules,
    ImmutableArray<Hotspot> Hotspots)
{
    /// <summary>
    /// The SHA-256 of the knowledge folder's manifest (<see cref="KnowledgeReleases.ContentDigest"/>):
    /// two decisions with the same release and digest used the same content; a working copy edited
    /// without a release bump has another digest. Empty for a knowledge base not loaded from a folder.
    /// </summary>
    public string ContentDigest { get; init; } = string.Empty;

    /// <summary>The spans of the knowledge base's genes per genome build (knowledge/gene-regions.yaml).</summary>
    public GeneRegions Regions { get; init; } = GeneRegions.None;

    /// <summary>The hotspot a c. change of a gene is (exact HGVS c. string), or null when the table does not hold it.</summary>
    public Hotspot? HotspotOf(string gene, string cdna) =>
        Hotspots.FirstOrDefault(h => h.Gene == gene && string.Equals(h.Cdna, cdna.Trim(), StringComparison.Ordinal));

    /// <summary>
    /// The drug a name denotes in the knowledge base's evidence, for setting another source's drug
    /// beside Alkboard's: the vocabulary's canonical name (names, brands, codes); else a therapy known
    /// only from imported CIViC evidence, by its CIViC name as the knowledge base keeps it (lower case;
    /// matched case-insensitively and otherwise exactly, as the vocabulary matches); else null. The
    /// case vocabulary itself stays without CIViC-only therapies (<see cref="DrugVocabulary"/>).
    /// </summary>
    public EvidenceDrug? EvidenceDrugOf(string written)
    {
        ArgumentNullException.ThrowIfNull(written);
        if (Vocabulary.Resolve(written) is { } canonical)
        {
            return new EvidenceDrug(canonical, FromCivicOnly: false);
        }

        return Drugs.TryGetValue(written.Trim().ToLowerInvariant(), out var drug) && drug.IsCivicTherapy
            ? new EvidenceDrug(Cases.DrugName.Of(drug.Name), FromCivicOnly: true)
            : null;
    }

    /// <summary>The tumor type a name denotes (code, name or alias), or null.</summary>
    public TumorType? FindTumorType(string name) =>
        TumorTypes.FirstOrDefault(t => string.Equals(t.Code, name, StringComparison.OrdinalIgnoreCase)
            || t.Names.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The family of a tumor-type name: its family code when known, else the name itself.</summary>
    public string FamilyOf(string name) => FindTumorType(name)?.Family ?? name;

    /// <summary>Citation references (PMID:…, DOI:…, URL) for citation ids.</summary>
    public ImmutableArray<string> References(IEnumerable<string> citationIds) =>
        [.. citationIds.Select(id => Citations[id].Reference).Distinct(StringComparer.Ordinal)];
}
