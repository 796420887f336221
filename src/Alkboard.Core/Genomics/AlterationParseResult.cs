using Alkboard.Core.Diagnostics;

namespace Alkboard.Core.Genomics;

/// <summary>
/// An alteration read from text, or why it could not be: an ALK-GEN <see cref="Diagnostic"/> (the
/// parser knows no file, so its location is empty until the caller places it with
/// <see cref="ErrorAt"/>) and, for an ambiguous input, the candidates.
/// </summary>
/// <param name="Input">The text as given.</param>
/// <param name="Alteration">The alteration, when the text named one.</param>
/// <param name="Error">Why the text names no alteration (ALK-GEN-001..004), else null.</param>
/// <param name="Candidates">For an ambiguous text, what it could mean.</param>
/// <param name="Notes">How the text was read (a legacy symbol, a reciprocal fusion), for the reader.</param>
public sealed record AlterationParseResult(string Input, Alteration? Alteration, Diagnostic? Error, IReadOnlyList<string> Candidates, IReadOnlyList<string> Notes)
{
    /// <summary>A location for errors found in text that came from no file (a command-line argument).</summary>
    public static SourceLocation Unplaced { get; } = new(string.Empty, 0, 0, string.Empty);

    /// <summary>True when the text named one alteration.</summary>
    public bool Success => Alteration is not null;

    /// <summary>The error placed where the text came from (a case field, a knowledge-base row), or null on success.</summary>
    /// <param name="where">The file, line, column and path of the text.</param>
    /// <returns>The error at <paramref name="where"/>.</returns>
    public Diagnostic? ErrorAt(SourceLocation where) => Error is null ? null : Error with { Location = where };

    internal static AlterationParseResult Failed(string input, string code, string message, IReadOnlyList<string> candidates) =>
        new(input, null, new Diagnostic(code, message, Unplaced), candidates, []);
}
