using System.Collections.Immutable;

namespace Alkboard.Core.Knowledge;

/// <summary>Another name of a drug: a brand name (with the region that uses it), a research code, or a spelling; cited.</summary>
public sealed record DrugAlias(string Name, string Kind, string? Region, ImmutableArray<string> Citations);
