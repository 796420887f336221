using System.Collections.Immutable;

namespace Alkboard.Core.Knowledge;

/// <summary>Where a knowledge-base gene lies on one genome build: 1-based, inclusive, chromosome without 'chr'.</summary>
public sealed record GeneRegion(string Gene, string Chrom, long Start, long End);

/// <summary>
/// The spans of the knowledge base's genes per genome build (knowledge/gene-regions.yaml), so that
/// a VCF import can read only these regions. A build is present only with a span for every gene
/// of the knowledge base; a build that is absent has no regions.
/// </summary>
public sealed record GeneRegions(int Flank, ImmutableDictionary<string, ImmutableArray<GeneRegion>> ByBuild, ImmutableDictionary<string, ImmutableArray<string>> Citations)
{
    /// <summary>No regions on any build.</summary>
    public static GeneRegions None { get; } = new(0, ImmutableDictionary<string, ImmutableArray<GeneRegion>>.Empty, ImmutableDictionary<string, ImmutableArray<string>>.Empty);

    /// <summary>The gene spans on a build ("GRCh38"), or empty when the knowledge base has none for it.</summary>
    public ImmutableArray<GeneRegion> On(string? build) => build is not null && ByBuild.TryGetValue(build, out var regions) ? regions : [];
}
