using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Alkboard.Core.Cases;

/// <summary>
/// A gene as an HGNC symbol is written (ALK, CARS1, C2orf44, HLA-A), validated once where it is
/// made: by the case loader from a case file, by the lab-file readers from a caller's column. It
/// reads as a string anywhere (comparisons, output), but only a checked one can be made, so no
/// lower-case, padded or free-text gene reaches the engines.
/// </summary>
public sealed partial record GeneSymbol
{
    private GeneSymbol(string value) => Value = value;

    /// <summary>The symbol.</summary>
    public string Value { get; }

    /// <summary>ALK, the gene every Alkboard decision turns on.</summary>
    public static GeneSymbol Alk { get; } = new("ALK");

    /// <summary>Whether <paramref name="text"/> is written as an HGNC symbol: upper-case letters and digits, an optional <c>orfN</c>, an optional <c>-suffix</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>True when it is.</returns>
    public static bool IsWellFormed([NotNullWhen(true)] string? text) => text is not null && Pattern().IsMatch(text);

    /// <summary>The symbol of <paramref name="text"/>, or false when it is not written as one.</summary>
    /// <param name="text">The text, exactly as it must be written (no case folding, no trimming).</param>
    /// <param name="symbol">The symbol when the text is one.</param>
    /// <returns>True when the text is a well-formed symbol.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out GeneSymbol? symbol)
    {
        symbol = IsWellFormed(text) ? new GeneSymbol(text) : null;
        return symbol is not null;
    }

    /// <summary>The symbol of text already known to be well formed (a knowledge-base gene, a constant).</summary>
    /// <param name="text">A well-formed symbol.</param>
    /// <returns>The symbol.</returns>
    /// <exception cref="ArgumentException">The text is not written as an HGNC symbol.</exception>
    public static GeneSymbol Of(string text) =>
        TryParse(text, out var symbol) ? symbol : throw new ArgumentException($"'{text}' is not written as an HGNC gene symbol", nameof(text));

    /// <summary>The symbol as text.</summary>
    /// <param name="symbol">The symbol, or null.</param>
    [return: NotNullIfNotNull(nameof(symbol))]
    public static implicit operator string?(GeneSymbol? symbol) => symbol?.Value;

    /// <inheritdoc />
    public override string ToString() => Value;

    [GeneratedRegex("^[A-Z][A-Z0-9]*(orf[0-9]+)?(-[A-Z0-9]+)?$")]
    private static partial Regex Pattern();
}
