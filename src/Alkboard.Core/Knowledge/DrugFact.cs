using System.Collections.Immutable;

namespace Alkboard.Core.Knowledge;

/// <summary>A fact about a drug with its citations.</summary>
public sealed record DrugFact(string Value, ImmutableArray<string> Citations, string? Note, bool LifeThreatening = false);
