namespace Alkboard.Contracts.Genomics;

/// <summary>Why an alteration could not be interpreted: a stable code (ALK-ALT-…), the message, and candidate spellings.</summary>
public sealed record InterpretationErrorJson(string Code, string? Message, IReadOnlyList<string> Candidates);
