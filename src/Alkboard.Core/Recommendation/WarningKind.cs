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
}
