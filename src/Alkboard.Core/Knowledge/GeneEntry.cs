using System.Collections.Immutable;

namespace Alkboard.Core.Knowledge;

/// <summary>A gene of the knowledge base: HGNC symbol, its role, other names, and citations.</summary>
public sealed record GeneEntry(string Symbol, GeneRole Role, bool FusionKinase, ImmutableArray<string> OtherNames, ImmutableArray<string> Citations, string SourceFile);
