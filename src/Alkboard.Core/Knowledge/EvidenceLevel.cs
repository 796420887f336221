namespace Alkboard.Core.Knowledge;

/// <summary>
/// Therapeutic evidence levels in the OncoKB v2 style that tumor boards know
/// (CLINICAL-LOGIC.md section 4): 1 approved in this indication, 2 guideline standard care,
/// 3A compelling clinical evidence in this indication, 3B standard care or clinical evidence in
/// another indication, 4 biological (preclinical) evidence; R1 standard-care resistance,
/// R2 clinical resistance evidence.
/// </summary>
public enum EvidenceLevel
{
    /// <summary>Approved biomarker–drug pair in this indication.</summary>
    Level1,

    /// <summary>Guideline standard care in this indication.</summary>
    Level2,

    /// <summary>Compelling clinical evidence in this indication.</summary>
    Level3A,

    /// <summary>Standard care or clinical evidence in another indication.</summary>
    Level3B,

    /// <summary>Biological (preclinical) evidence.</summary>
    Level4,

    /// <summary>Standard-care resistance.</summary>
    LevelR1,

    /// <summary>Clinical evidence of resistance.</summary>
    LevelR2,
}
