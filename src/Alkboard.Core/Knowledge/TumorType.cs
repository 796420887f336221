using System.Collections.Immutable;

namespace Alkboard.Core.Knowledge;

/// <summary>A tumor type with its family (IMT and EIMS share one) and the names that denote it.</summary>
public sealed record TumorType(string Code, string Name, string Family, ImmutableArray<string> Names);
