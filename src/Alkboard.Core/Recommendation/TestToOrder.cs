using System.Collections.Immutable;

namespace Alkboard.Core.Recommendation;

/// <summary>A test the tumor board should order, why, the rule and its sources.</summary>
public sealed record TestToOrder(string Test, string Reason, string Rule, ImmutableArray<string> Citations);
