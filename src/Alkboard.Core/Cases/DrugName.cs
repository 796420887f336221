namespace Alkboard.Core.Cases;

/// <summary>
/// A therapeutic agent as the knowledge base's drug vocabulary names it: the lower-case generic
/// name or, for a class a source names without a drug, the class name (knowledge/drugs.yaml and
/// agents.yaml list both). Made by the vocabulary when a case is loaded (a brand name or research code
/// resolves to its generic name), or for an agent the case file marks as outside the vocabulary.
/// </summary>
public readonly record struct DrugName
{
    private DrugName(string value) => Value = value;

    /// <summary>The canonical name.</summary>
    public string Value { get; }

    /// <summary>Makes a name that is already canonical: trimmed, lower case, not empty.</summary>
    /// <exception cref="ArgumentException">The text is empty, padded or not lower case.</exception>
    public static DrugName Of(string canonical)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(canonical);
        if (canonical.Trim() != canonical || !string.Equals(canonical.ToLowerInvariant(), canonical, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{canonical}' is not a canonical drug name (trimmed, lower case)", nameof(canonical));
        }

        return new DrugName(canonical);
    }

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
