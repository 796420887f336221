namespace Alkboard.Core.Knowledge;

/// <summary>A problem in the knowledge base files: file, line where known, a stable code and a message.</summary>
public sealed record KnowledgeProblem(string Code, string File, int Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}{(Line > 0 ? $":{Line}" : string.Empty)}: error {Code}: {Message}";
}
