using Alkboard.Core.Knowledge;

namespace Alkboard.Contracts.Knowledge;

/// <summary><c>alkboard kb releases DIR --format json</c>: the folder of published releases and each release, verified against its manifest.</summary>
public sealed record KnowledgeReleasesJson(string Folder, IReadOnlyList<PublishedReleaseJson> Releases)
{
    /// <summary>The contract form of the releases of <paramref name="folder"/>.</summary>
    public static KnowledgeReleasesJson From(string folder, IReadOnlyList<PublishedRelease> releases)
    {
        ArgumentNullException.ThrowIfNull(releases);
        return new(folder, [.. releases.Select(r => new PublishedReleaseJson(r.Id, r.Files, r.Verified, [.. r.Problems.Select(p => KnowledgeProblemJson.From(p, r.Folder))]))]);
    }
}

/// <summary>One published release: its id, how many files its manifest lists, whether every file is as published, and what differs (files relative to the release folder).</summary>
public sealed record PublishedReleaseJson(string Id, int Files, bool Verified, IReadOnlyList<KnowledgeProblemJson> Problems);
