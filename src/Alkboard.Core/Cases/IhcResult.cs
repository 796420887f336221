namespace Alkboard.Core.Cases;

/// <summary>An immunohistochemistry result: marker, antibody clone (e.g. ALK 5A4, D5F3), read-out and staining pattern.</summary>
public sealed record IhcResult(string Marker, string? AntibodyClone, IhcOutcome Result, string? Pattern, string? Note) : MolecularResult(Note)
{
    /// <inheritdoc />
    public override string Kind => "ihc";

    /// <inheritdoc />
    public override string Describe()
    {
        var clone = AntibodyClone is null ? string.Empty : $" ({AntibodyClone})";
        var pattern = Pattern is null ? string.Empty : $", {Pattern}";
        return $"{Marker}{clone} IHC {CaseWords.Of(Result)}{pattern}";
    }
}
