using System.Collections.Immutable;

namespace Alkboard.Core.Genomics;

/// <summary>
/// A normalised alteration: the kind, the gene (the 3' kinase for a fusion), the 5' partner for a
/// fusion (null for "any partner"), exons as given, the protein changes (one, or several for a
/// compound profile, sorted by position), a cDNA change, or a copy-number / expression call.
/// </summary>
public sealed record Alteration(
    AlterationKind Kind,
    string Gene,
    string? FivePrimePartner,
    string? FivePrimeExons,
    string? ThreePrimeExons,
    ImmutableArray<ProteinChange> Changes,
    string? CdnaChange,
    string? Call)
{
    /// <summary>The canonical text: "EML4::ALK", "ALK fusion", "ALK L1196Q", "ALK G1202R+L1196M", "MET amplification", "PTCH1 down".</summary>
    public string Normalized => Kind switch
    {
        AlterationKind.Fusion => FivePrimePartner is null
            ? $"{Gene} fusion"
            : $"{FivePrimePartner}{(FivePrimeExons is null ? string.Empty : $"(ex{FivePrimeExons})")}::{Gene}{(ThreePrimeExons is null ? string.Empty : $"(ex{ThreePrimeExons})")}",
        AlterationKind.Mutation when CdnaChange is not null => $"{Gene} {CdnaChange}",
        AlterationKind.Mutation or AlterationKind.Compound => $"{Gene} {string.Join("+", Changes.Select(c => c.ShortForm))}",
        AlterationKind.CopyNumber or AlterationKind.Expression => $"{Gene} {Call}",
        _ => Gene,
    };

    /// <summary>The genes involved, 5' partner first for a fusion.</summary>
    public IReadOnlyList<string> Partners => Kind == AlterationKind.Fusion
        ? FivePrimePartner is null ? [Gene] : [FivePrimePartner, Gene]
        : [];

    /// <summary>A fusion of <paramref name="threePrime"/> with an optional 5' partner.</summary>
    public static Alteration Fusion(string? fivePrime, string threePrime, string? fivePrimeExons = null, string? threePrimeExons = null) =>
        new(AlterationKind.Fusion, threePrime, fivePrime, fivePrimeExons, threePrimeExons, [], null, null);

    /// <summary>One or more protein changes of a gene (more than one makes a compound profile).</summary>
    public static Alteration Protein(string gene, IEnumerable<ProteinChange> changes)
    {
        var sorted = changes.Distinct().OrderBy(c => c.Position).ThenBy(c => c.Alternate, StringComparer.Ordinal).ToImmutableArray();
        return new(sorted.Length > 1 ? AlterationKind.Compound : AlterationKind.Mutation, gene, null, null, null, sorted, null, null);
    }
}
