namespace Alkboard.Core.Recommendation;

/// <summary>The kinds of warning an option can carry.</summary>
public enum WarningKind
{
    /// <summary>The patient progressed on the drug.</summary>
    ProgressedOnIt,

    /// <summary>A life-threatening reaction: do not re-challenge.</summary>
    DoNotRechallenge,

    /// <summary>A grade ≥ 3 toxicity on the drug.</summary>
    PriorToxicity,

    /// <summary>No sourced pediatric dose.</summary>
    NoPediatricDose,

    /// <summary>Off-label where the patient is treated.</summary>
    OffLabel,

    /// <summary>An approval reported but not verified.</summary>
    ApprovalUnverified,

    /// <summary>Resistance evidence against continuing the current drug.</summary>
    ResistanceAgainstContinuing,

    /// <summary>The evidence rests on a mutation profile that may no longer be present.</summary>
    PossiblyPresentProfile,

    /// <summary>Not approved anywhere on the decision date: investigational only.</summary>
    NotYetApproved,

    /// <summary>Preclinical resistance evidence (shown, never barring).</summary>
    PreclinicalResistance,

    /// <summary>The label's permanent-discontinuation criteria were met.</summary>
    LabelDiscontinuation,

    /// <summary>A risk the labels share, met on an earlier drug.</summary>
    ClassRisk,

    /// <summary>An organ-function dose modification, or one that cannot be judged.</summary>
    OrganFunction,

    /// <summary>An interaction with a concomitant medication.</summary>
    Interaction,

    /// <summary>Pregnancy or breastfeeding recorded.</summary>
    Pregnancy,

    /// <summary>The patient declines the drug.</summary>
    PatientDeclines,

    /// <summary>The current ALK profile is a compound mutation and no evidence for this inhibitor concerns the compound as a whole.</summary>
    CompoundProfileUnstudied,
}
