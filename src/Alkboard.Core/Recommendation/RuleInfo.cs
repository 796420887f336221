using System.Collections.Immutable;

namespace Alkboard.Core.Recommendation;

/// <summary>A named rule of the decision routine with its sources (citation ids of the knowledge base).</summary>
public sealed record RuleInfo(string Id, string Description, ImmutableArray<string> Citations);
