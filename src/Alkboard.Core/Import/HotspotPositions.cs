using Alkboard.Core.Knowledge;

namespace Alkboard.Core.Import;

/// <summary>
/// The ALK hotspots of knowledge/alk-hotspots.yaml by their sourced GRCh37 position ("2:29443613 C>T").
/// There is no GRCh38 table: the knowledge base holds no sourced GRCh38 positions.
/// </summary>
internal sealed class HotspotPositions(KnowledgeBase kb)
{
    private readonly Dictionary<string, Hotspot> _grch37 = kb.Hotspots.Where(h => h.Grch37 is not null).ToDictionary(h => h.Grch37!, StringComparer.Ordinal);

    /// <summary>The hotspot at a GRCh37 single-base change, contig with or without 'chr'; null when the table has none there.</summary>
    public Hotspot? AtGrch37(string chrom, long pos, string reference, string alt)
    {
        var contig = chrom.StartsWith("chr", StringComparison.OrdinalIgnoreCase) ? chrom[3..] : chrom;
        var key = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{contig}:{pos} {reference.ToUpperInvariant()}>{alt.ToUpperInvariant()}");
        return _grch37.GetValueOrDefault(key);
    }
}
