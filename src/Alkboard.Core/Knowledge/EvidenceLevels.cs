namespace Alkboard.Core.Knowledge;

/// <summary>Reading, writing and ranking evidence levels.</summary>
public static class EvidenceLevels
{
    /// <summary>The level as written: 1, 2, 3A, 3B, 4, R1, R2.</summary>
    public static string Code(EvidenceLevel level) => level switch
    {
        EvidenceLevel.Level1 => "1",
        EvidenceLevel.Level2 => "2",
        EvidenceLevel.Level3A => "3A",
        EvidenceLevel.Level3B => "3B",
        EvidenceLevel.Level4 => "4",
        EvidenceLevel.LevelR1 => "R1",
        _ => "R2",
    };

    /// <summary>What a level means, for reports.</summary>
    public static string Meaning(EvidenceLevel level) => level switch
    {
        EvidenceLevel.Level1 => "approved for this biomarker in this indication",
        EvidenceLevel.Level2 => "guideline standard care in this indication",
        EvidenceLevel.Level3A => "clinical evidence in this indication",
        EvidenceLevel.Level3B => "clinical evidence in another indication (extrapolated)",
        EvidenceLevel.Level4 => "biological / preclinical evidence",
        EvidenceLevel.LevelR1 => "standard-care resistance",
        _ => "clinical evidence of resistance",
    };

    /// <summary>Parses a written level; null when it is none.</summary>
    public static EvidenceLevel? Parse(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "1" => EvidenceLevel.Level1,
        "2" => EvidenceLevel.Level2,
        "3A" => EvidenceLevel.Level3A,
        "3B" => EvidenceLevel.Level3B,
        "4" => EvidenceLevel.Level4,
        "R1" => EvidenceLevel.LevelR1,
        "R2" => EvidenceLevel.LevelR2,
        _ => null,
    };

    /// <summary>Strength for ranking within a direction: 1 strongest (R1 with 1, R2 with 3A).</summary>
    public static int Strength(EvidenceLevel level) => level switch
    {
        EvidenceLevel.Level1 or EvidenceLevel.LevelR1 => 5,
        EvidenceLevel.Level2 => 4,
        EvidenceLevel.Level3A or EvidenceLevel.LevelR2 => 3,
        EvidenceLevel.Level3B => 2,
        _ => 1,
    };
}
