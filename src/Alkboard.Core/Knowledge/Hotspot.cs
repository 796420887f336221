using System.Collections.Immutable;

namespace Alkboard.Core.Knowledge;

/// <summary>An ALK kinase-domain hotspot: the c. change that gives a protein change, its GRCh37 position, and the sources (knowledge/alk-hotspots.yaml).</summary>
public sealed record Hotspot(string Gene, string Protein, string Cdna, string? Grch37, ImmutableArray<string> Citations);
