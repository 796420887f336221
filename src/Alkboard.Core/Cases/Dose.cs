using System.Globalization;

namespace Alkboard.Core.Cases;

/// <summary>A dose: amount with its unit, and schedule ("600 mg twice daily").</summary>
public sealed record Dose(decimal Amount, DoseUnit Unit, DoseSchedule? Schedule)
{
    /// <summary>The unit as written ("mg/m²" is written "mg/m2" in files).</summary>
    public static string UnitText(DoseUnit unit) => unit switch
    {
        DoseUnit.Mg => "mg",
        DoseUnit.MgPerM2 => "mg/m2",
        DoseUnit.MgPerKg => "mg/kg",
        DoseUnit.G => "g",
        DoseUnit.GPerM2 => "g/m2",
        DoseUnit.Ug => "ug",
        DoseUnit.UgPerM2 => "ug/m2",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "unknown dose unit"),
    };

    /// <summary>All unit words.</summary>
    public static IReadOnlyList<string> UnitWords { get; } = [.. Enum.GetValues<DoseUnit>().Select(UnitText)];

    /// <summary>The unit a word names, or null.</summary>
    public static DoseUnit? ParseUnit(string text) =>
        Enum.GetValues<DoseUnit>().Where(u => string.Equals(UnitText(u), text.Trim(), StringComparison.OrdinalIgnoreCase))
            .Select(u => (DoseUnit?)u).FirstOrDefault();

    /// <inheritdoc />
    public override string ToString()
    {
        var schedule = Schedule is { } s ? " " + CaseWords.Of(s).Replace('_', ' ') : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{Amount:0.###} {UnitText(Unit)}{schedule}");
    }
}
