using Alkboard.Core.Diagnostics;

namespace Alkboard.Contracts.Knowledge;

/// <summary><c>alkboard kb validate --format json</c>: the folder checked (null when none was found), whether it is a valid knowledge base, its release, and every problem.</summary>
public sealed record KnowledgeValidationJson(string? Folder, bool Valid, string? Release, IReadOnlyList<KnowledgeProblemJson> Problems)
{
    /// <summary>The contract form of a validation of <paramref name="folder"/>.</summary>
    public static KnowledgeValidationJson From(string? folder, string? release, IReadOnlyList<Diagnostic> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return new(folder, release is not null, release, [.. problems.Select(p => KnowledgeProblemJson.From(p, folder!))]);
    }
}
