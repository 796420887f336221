namespace Alkboard.Core.Knowledge;

/// <summary>What a label rule makes the engine do.</summary>
public enum LabelAction
{
    /// <summary>The label's permanent-discontinuation criteria were met: the drug is barred, with the reason.</summary>
    PermanentlyDiscontinue,

    /// <summary>The label lets the patient resume after withholding: an event under it is not a failure.</summary>
    WithholdAndResume,

    /// <summary>An organ-function dose modification (hepatic, renal).</summary>
    OrganDose,

    /// <summary>An interaction with a class of concomitant medication.</summary>
    Interaction,

    /// <summary>A contraindication with a class of concomitant medication taken at the decision (the drug is ranked after all others until the medication is stopped).</summary>
    Contraindication,

    /// <summary>A warning of the label that makes a risk shared across the class.</summary>
    Warning,
}
