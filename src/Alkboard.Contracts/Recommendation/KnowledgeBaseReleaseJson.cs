namespace Alkboard.Contracts.Recommendation;

/// <summary>The knowledge-base release a result was made with: release id, its date (YYYY-MM-DD), and the SHA-256 of its content manifest (the same for the same content; for a published release, sha256sum of its MANIFEST.sha256).</summary>
public sealed record KnowledgeBaseReleaseJson(string Release, string Date, string ContentSha256);
