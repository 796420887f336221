namespace Alkboard.Core.Recommendation;

/// <summary>What a score factor is about: logic and tests read kinds, never the display text.</summary>
public enum FactorKind
{
    /// <summary>The points a rule gives a non-drug option (test, surgery, local therapy, trial, chemotherapy).</summary>
    Rule,

    /// <summary>The best sensitivity evidence level for the driver or current mutations.</summary>
    EvidenceLevel,

    /// <summary>Whether the best evidence comes from the patient's tumor type or is extrapolated.</summary>
    TumorTypeMatch,

    /// <summary>The best evidence was observed in another treatment setting (e.g. after crizotinib, applied before any therapy).</summary>
    SettingMatch,

    /// <summary>Evidence for the patient's fusion partner itself.</summary>
    PartnerEvidence,

    /// <summary>Resistance evidence for the current ALK mutation profile.</summary>
    MutationResistance,

    /// <summary>Resistance evidence for the fusion partner.</summary>
    PartnerResistance,

    /// <summary>Sensitivity evidence for the current ALK mutation profile.</summary>
    MutationSensitivity,

    /// <summary>What the patient's earlier exposure to the drug did.</summary>
    PriorExposure,

    /// <summary>A life-threatening reaction to the drug (bars re-challenge).</summary>
    LifeThreateningReaction,

    /// <summary>The label's permanent-discontinuation criteria were met (bars the drug).</summary>
    LabelDiscontinuation,

    /// <summary>The patient declines the drug.</summary>
    PatientDeclines,

    /// <summary>The label contraindicates the drug with a medication the patient takes now.</summary>
    Contraindication,

    /// <summary>The drug worked and was withheld for toxicity that its label lets the patient resume from.</summary>
    ResumeAfterWithhold,

    /// <summary>A grade ≥ 3 adverse event on the drug.</summary>
    PriorSeriousToxicity,

    /// <summary>CNS disease and the drug's CNS activity.</summary>
    CnsDisease,

    /// <summary>The drug's generation after progression without an ALK mutation.</summary>
    Generation,

    /// <summary>The patient's age and the dose the knowledge base sources for it.</summary>
    AgeAndDose,

    /// <summary>Approval where the patient is treated.</summary>
    Approval,

    /// <summary>Whether any agency had approved the drug by the decision date.</summary>
    Availability,
}
