using Alkboard.Core.Knowledge;

namespace Alkboard.Core.Import;

/// <summary>
/// OncoKB's therapeutic level names on Alkboard's scale. Alkboard's levels are defined in the
/// OncoKB v2 style (<see cref="EvidenceLevel"/>, CLINICAL-LOGIC.md section 4), so LEVEL_1, 2, 3A,
/// 3B, 4, R1 and R2 map one to one to 1, 2, 3A, 3B, 4, R1 and R2. LEVEL_R3 (written by the 2021
/// annotator, dropped since) has no Alkboard level: it is kept as written, read as resistance by its
/// R prefix, and compared for direction only. docs/import.md holds the same table.
/// </summary>
public static class OncoKbLevels
{
    /// <summary>The Alkboard level and direction of a LEVEL_ column name; null for a name that is no therapeutic level this version reads.</summary>
    public static (EvidenceLevel? Level, EffectDirection Direction)? Therapeutic(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column.Trim().ToUpperInvariant() switch
        {
            "LEVEL_1" => (EvidenceLevel.Level1, EffectDirection.Sensitivity),
            "LEVEL_2" => (EvidenceLevel.Level2, EffectDirection.Sensitivity),
            "LEVEL_3A" => (EvidenceLevel.Level3A, EffectDirection.Sensitivity),
            "LEVEL_3B" => (EvidenceLevel.Level3B, EffectDirection.Sensitivity),
            "LEVEL_4" => (EvidenceLevel.Level4, EffectDirection.Sensitivity),
            "LEVEL_R1" => (EvidenceLevel.LevelR1, EffectDirection.Resistance),
            "LEVEL_R2" => (EvidenceLevel.LevelR2, EffectDirection.Resistance),
            "LEVEL_R3" => (null, EffectDirection.Resistance),
            _ => null,
        };
    }
}
