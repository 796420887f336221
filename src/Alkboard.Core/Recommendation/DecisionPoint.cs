namespace Alkboard.Core.Recommendation;

/// <summary>The situation at a decision (CLINICAL-LOGIC.md section 5).</summary>
public enum DecisionPoint
{
    /// <summary>No ALK result yet: test ALK first.</summary>
    AlkStatusUnknown,

    /// <summary>Only results that cannot establish ALK positivity (or a negative one): confirm before ALK-directed therapy.</summary>
    AlkStatusUnconfirmed,

    /// <summary>The patient has died: no treatment is recommended.</summary>
    Deceased,

    /// <summary>ALK tested negative: look for the other IMT drivers.</summary>
    AlkNegative,

    /// <summary>Localized disease, no systemic therapy: complete resection is the standard.</summary>
    LocalizedResectable,

    /// <summary>No evidence of disease after a complete (R0) resection: surveillance, not resection.</summary>
    NoEvidenceOfDisease,

    /// <summary>Unresectable, recurrent or metastatic ALK-positive disease, no ALK inhibitor yet.</summary>
    AdvancedNoAlkInhibitor,

    /// <summary>On an ALK inhibitor and responding or stable: continue; consider resection of residual disease.</summary>
    RespondingOnTherapy,

    /// <summary>A few sites progress while the rest is controlled.</summary>
    Oligoprogression,

    /// <summary>Progression on the current or last line.</summary>
    SystemicProgression,

    /// <summary>The last line stopped for toxicity: intolerance, not resistance.</summary>
    Intolerance,

    /// <summary>The last line ended without recorded progression or toxicity.</summary>
    OffTherapy,
}
