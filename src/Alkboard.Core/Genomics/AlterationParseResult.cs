namespace Alkboard.Core.Genomics;

/// <summary>An alteration read from text, or why it could not be: a stable code, a message, and for an ambiguous input the candidates.</summary>
public sealed record AlterationParseResult(string Input, Alteration? Alteration, string? Code, string? Message, IReadOnlyList<string> Candidates, IReadOnlyList<string> Notes)
{
    /// <summary>True when the text named one alteration.</summary>
    public bool Success => Alteration is not null;
}
