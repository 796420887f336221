using System.Globalization;

namespace Alkboard.Core.Cases;

/// <summary>
/// A sequence variant: gene, HGVS protein and/or cDNA change, and variant allele fraction
/// (0–1) where reported.
/// </summary>
public sealed record SequenceVariant(GeneSymbol Gene, string? HgvsProtein, string? HgvsCdna, double? Vaf, string? Note) : MolecularResult(Note)
{
    /// <inheritdoc />
    public override string Kind => "variant";

    /// <inheritdoc />
    public override string Describe()
    {
        var change = string.Join(" ", new[] { HgvsProtein, HgvsCdna }.Where(s => s is not null));
        var vaf = Vaf is { } v ? string.Create(CultureInfo.InvariantCulture, $" (VAF {v * 100:0.#}%)") : string.Empty;
        return $"{Gene} {change}{vaf}";
    }
}
