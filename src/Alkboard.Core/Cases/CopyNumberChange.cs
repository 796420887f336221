using System.Globalization;

namespace Alkboard.Core.Cases;

/// <summary>A copy-number change of a gene, with the copy number where reported and whether it is focal.</summary>
public sealed record CopyNumberChange(GeneSymbol Gene, CopyNumberCall Call, double? Copies, bool? Focal, string? Note) : MolecularResult(Note)
{
    /// <inheritdoc />
    public override string Kind => "copy_number";

    /// <inheritdoc />
    public override string Describe()
    {
        var focal = Focal == true ? "focal " : string.Empty;
        var copies = Copies is { } c ? string.Create(CultureInfo.InvariantCulture, $" (CN {c:0.#})") : string.Empty;
        return $"{Gene} {focal}{CaseWords.Of(Call)}{copies}";
    }
}
