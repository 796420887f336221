namespace Alkboard.Contracts.Recommendation;

/// <summary>The knowledge-base release a result was made with: release id and its date (YYYY-MM-DD).</summary>
public sealed record KnowledgeBaseReleaseJson(string Release, string Date);
