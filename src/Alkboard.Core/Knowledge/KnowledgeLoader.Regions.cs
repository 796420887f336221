using System.Collections.Immutable;
using System.Globalization;
using static Alkboard.Core.Knowledge.KnowledgeFiles;

namespace Alkboard.Core.Knowledge;

public static partial class KnowledgeLoader
{
    private sealed partial class Builder
    {
        private const string RegionsFile = "gene-regions.yaml";

        private static readonly string[] RegionBuilds = ["GRCh37", "GRCh38"];

        private static readonly HashSet<string> Chromosomes = [.. Enumerable.Range(1, 22).Select(n => n.ToString(CultureInfo.InvariantCulture)), "X", "Y"];

        /// <summary>The largest flank read on each side of a gene.</summary>
        private const int MaxFlank = 1_000_000;

        /// <summary>Reads gene-regions.yaml after genes.yaml and the CIViC import, so that every gene of the knowledge base is known.</summary>
        private GeneRegions LoadGeneRegions(GeneRegionsFile file, ImmutableArray<Hotspot> hotspots)
        {
            if (file.Flank is < 0 or > MaxFlank)
            {
                Problem(KnowledgeErrorCodes.GeneRegion, RegionsFile, 0, $"flank {file.Flank} is not between 0 and {MaxFlank:N0} bases");
            }

            var byBuild = ImmutableDictionary.CreateBuilder<string, ImmutableArray<GeneRegion>>(StringComparer.Ordinal);
            var citations = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
            var known = _genes.Select(g => g.Symbol).ToHashSet(StringComparer.Ordinal);
            foreach (var build in file.Builds)
            {
                if (build.Build is null || !RegionBuilds.Contains(build.Build))
                {
                    Problem(KnowledgeErrorCodes.GeneRegion, RegionsFile, 0, $"build '{build.Build}' is not one of {string.Join(", ", RegionBuilds)}");
                    continue;
                }

                if (byBuild.ContainsKey(build.Build))
                {
                    Problem(KnowledgeErrorCodes.Duplicate, RegionsFile, 0, $"build {build.Build} is listed twice");
                    continue;
                }

                CheckCitations(RegionsFile, $"the {build.Build} gene regions", build.Citations, required: true);
                var regions = new List<GeneRegion>();
                foreach (var row in build.Genes)
                {
                    var what = $"{build.Build} region of '{row.Gene}'";
                    if (row.Gene is null || !known.Contains(row.Gene))
                    {
                        Problem(KnowledgeErrorCodes.UnknownGene, RegionsFile, 0, $"{what}: the gene is not a gene of the knowledge base (genes.yaml or a CIViC fusion partner)");
                        continue;
                    }

                    if (row.Chrom is null || !Chromosomes.Contains(row.Chrom) || row.Start < 1 || row.End < row.Start)
                    {
                        Problem(KnowledgeErrorCodes.GeneRegion, RegionsFile, 0, $"{what}: needs a chromosome 1-22, X or Y (without 'chr') and 1 <= start <= end (1-based, inclusive); got {row.Chrom}:{row.Start}-{row.End}");
                        continue;
                    }

                    if (regions.Any(r => r.Gene == row.Gene))
                    {
                        Problem(KnowledgeErrorCodes.Duplicate, RegionsFile, 0, $"{what}: the gene is listed twice");
                        continue;
                    }

                    regions.Add(new GeneRegion(row.Gene, row.Chrom, row.Start, row.End));
                }

                // A build with a gene missing would silently skip that gene's records: it lists every gene or none.
                foreach (var gene in known.Where(g => regions.All(r => r.Gene != g)).Order(StringComparer.Ordinal))
                {
                    Problem(KnowledgeErrorCodes.GeneRegion, RegionsFile, 0, $"build {build.Build} lists no span for the knowledge-base gene {gene}: a build lists every gene or is left out");
                }

                if (build.Build == "GRCh37")
                {
                    CheckHotspotsInside(regions, hotspots);
                }

                byBuild[build.Build] = [.. regions];
                citations[build.Build] = [.. build.Citations];
            }

            return new GeneRegions(file.Flank, byBuild.ToImmutable(), citations.ToImmutable());
        }

        /// <summary>Every GRCh37 hotspot position of alk-hotspots.yaml lies inside ALK's GRCh37 span.</summary>
        private void CheckHotspotsInside(List<GeneRegion> regions, ImmutableArray<Hotspot> hotspots)
        {
            var alk = regions.FirstOrDefault(r => r.Gene == "ALK");
            foreach (var hotspot in hotspots.Where(h => h.Grch37 is not null))
            {
                var site = hotspot.Grch37!.Split(' ')[0].Split(':');
                var inside = alk is not null && site.Length == 2 && site[0] == alk.Chrom
                    && long.TryParse(site[1], NumberStyles.None, CultureInfo.InvariantCulture, out var pos) && pos >= alk.Start && pos <= alk.End;
                if (!inside)
                {
                    Problem(KnowledgeErrorCodes.GeneRegion, RegionsFile, 0, $"the ALK hotspot {hotspot.Protein} at GRCh37 {hotspot.Grch37} lies outside ALK's GRCh37 span");
                }
            }
        }
    }
}
