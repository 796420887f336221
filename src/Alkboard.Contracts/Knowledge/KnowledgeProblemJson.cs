using Alkboard.Core.Diagnostics;

namespace Alkboard.Contracts.Knowledge;

/// <summary>One problem of a knowledge file: stable code (ALK-KB-…), the file relative to the knowledge folder, 1-based line (null when not located), message.</summary>
public sealed record KnowledgeProblemJson(string Code, string File, int? Line, string Message)
{
    /// <summary>The contract form of a problem found in <paramref name="folder"/>.</summary>
    public static KnowledgeProblemJson From(Diagnostic p, string folder)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(p.Code, Path.GetRelativePath(folder, p.Location.File), p.Location.Line > 0 ? p.Location.Line : null, p.Message);
    }
}
