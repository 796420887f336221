namespace Alkboard.Core.Recommendation;

/// <summary>
/// Every weight the ranking uses, in one place (docs/recommend.md lists them and a test keeps the two
/// in step). The weights order options; they are not probabilities. Where a weight encodes a rule
/// from the literature, its comment names the source.
/// </summary>
public static class ScoringPolicy
{
    /// <summary>Level 1: approved biomarker–drug pair in this indication (OncoKB v2 levels, CLINICAL-LOGIC §4).</summary>
    public const int Level1 = 40;

    /// <summary>Level 2: guideline standard care in this indication.</summary>
    public const int Level2 = 35;

    /// <summary>Level 3A: compelling clinical evidence in this indication.</summary>
    public const int Level3A = 30;

    /// <summary>Level 3B: standard care or clinical evidence in another indication (extrapolated evidence is capped here).</summary>
    public const int Level3B = 15;

    /// <summary>Level 4: biological or preclinical evidence.</summary>
    public const int Level4 = 5;

    /// <summary>The best evidence comes from the patient's tumor type (IMT/EIMS before extrapolated, CLINICAL-LOGIC §4).</summary>
    public const int SameTumorType = 5;

    /// <summary>The best evidence is extrapolated from another tumor type.</summary>
    public const int ExtrapolatedOnly = -5;

    /// <summary>The best evidence was observed in another treatment setting: extrapolated across settings, like across tumor types (CLINICAL-LOGIC §7).</summary>
    public const int OtherSetting = -5;

    /// <summary>Evidence for the patient's fusion partner itself, in the setting the evidence was observed in (seed 002: partner matters).</summary>
    public const int PartnerSpecific = 10;

    /// <summary>Level R1 resistance for the current mutation profile.</summary>
    public const int ResistanceR1 = -100;

    /// <summary>Level R2 (clinical) resistance for the current mutation profile.</summary>
    public const int ResistanceR2 = -60;

    /// <summary>Preclinical resistance only: it weighs less and never bars a drug or outweighs clinical sensitivity (issue 11).</summary>
    public const int ResistancePreclinical = -10;

    /// <summary>Clinical partner resistance in the patient's tumor type.</summary>
    public const int PartnerResistanceClinical = -40;

    /// <summary>Clinical partner resistance extrapolated from another tumor type.</summary>
    public const int PartnerResistanceExtrapolated = -20;

    /// <summary>Preclinical partner resistance.</summary>
    public const int PartnerResistancePreclinical = -5;

    /// <summary>Clinical sensitivity evidence for the current mutation profile.</summary>
    public const int MutationSensitivityClinical = 20;

    /// <summary>Preclinical sensitivity evidence for the current mutation profile.</summary>
    public const int MutationSensitivityPreclinical = 5;

    /// <summary>The current line, no progression recorded: continue.</summary>
    public const int ContinueWithoutProgression = 40;

    /// <summary>The patient progressed on the drug.</summary>
    public const int ProgressedOnIt = -50;

    /// <summary>
    /// The patient progressed on the drug, but the progression is explained by an earlier mutation
    /// profile that is no longer the whole profile, and the current profile has clinical evidence of
    /// sensitivity to it (Shaw 2016 NEJM: C1156Y + L1198F re-sensitises to crizotinib).
    /// </summary>
    public const int ProgressedOnItResensitised = -10;

    /// <summary>Stopped for toxicity: intolerance, not resistance (CLINICAL-LOGIC §5.7).</summary>
    public const int StoppedForToxicity = -10;

    /// <summary>A life-threatening reaction: do not re-challenge (seed 002 reports fatal pneumonitis/ARDS).</summary>
    public const int LifeThreateningReaction = -1000;

    /// <summary>The label says permanently discontinue after what the record shows (issue 12, item 3): the drug is barred.</summary>
    public const int LabelDiscontinuation = -1000;

    /// <summary>The patient declines the drug: shown, ranked after every option the patient has not declined.</summary>
    public const int PatientDeclines = -200;

    /// <summary>The label contraindicates the drug with a medication taken now: ranked after others until it is stopped.</summary>
    public const int ContraindicatedWithMedication = -200;

    /// <summary>
    /// The drug controlled the disease (a response, no progression) and was withheld for a toxicity
    /// its label lets the patient resume from at a reduced dose (CLINICAL-LOGIC §5.7: intolerance is
    /// not resistance; follow the label of the drug that caused it).
    /// </summary>
    public const int ResumeAfterWithhold = 30;

    /// <summary>A grade ≥ 3 adverse event on the drug.</summary>
    public const int PriorSeriousToxicity = -10;

    /// <summary>CNS disease and a drug with better CNS activity (seed 003, seed 004; CLINICAL-LOGIC §5.3: brain metastases move them up, above crizotinib's approval).</summary>
    public const int CnsActivityHigher = 25;

    /// <summary>CNS disease and a drug with lower CNS activity.</summary>
    public const int CnsActivityLower = -25;

    /// <summary>Progression without an ALK mutation: the next generation (CLINICAL-LOGIC §5.6).</summary>
    public const int NextGeneration = 20;

    /// <summary>Progression without an ALK mutation: a later generation, not the next one.</summary>
    public const int LaterGeneration = 10;

    /// <summary>Progression without an ALK mutation: the same generation.</summary>
    public const int SameOrEarlierGeneration = -10;

    /// <summary>
    /// After progression on a later generation, a drug of an earlier one (crizotinib after alectinib), unless
    /// the present mutation profile has clinical sensitivity for it (CLINICAL-LOGIC §5.6: after a
    /// second-generation inhibitor, lorlatinib; Shaw 2016 for the exception).
    /// </summary>
    public const int EarlierGenerationAfterProgression = -40;

    /// <summary>A child without a sourced pediatric dose for the drug (a factor, not a tie-breaker; issue 10).</summary>
    public const int NoSourcedPediatricDose = -10;

    /// <summary>Not approved for any indication by any agency in the knowledge base on the decision date: investigational only (issue 10, item 6).</summary>
    public const int NotYetApproved = -30;

    /// <summary>Approved or reimbursed for the patient's tumor type and age where the patient is treated.</summary>
    public const int ApprovedWhereTreated = 10;

    /// <summary>Test for ALK status when none is recorded.</summary>
    public const int TestAlkStatus = 100;

    /// <summary>Test for other kinase fusions when ALK is negative.</summary>
    public const int TestOtherDrivers = 100;

    /// <summary>Confirm ALK status inferred from a response, or discordant results (CLINICAL-LOGIC §5.1).</summary>
    public const int ConfirmAlkStatus = 60;

    /// <summary>Complete resection of localized disease.</summary>
    public const int ResectLocalized = 100;

    /// <summary>Evaluate resection of residual disease while responding.</summary>
    public const int ResectResidual = 50;

    /// <summary>Local ablative therapy of oligoprogression and continue the inhibitor (seed 004).</summary>
    public const int LocalTherapyOligoprogression = 90;

    /// <summary>Re-biopsy at systemic progression (seed 001).</summary>
    public const int RebiopsyAtProgression = 95;

    /// <summary>Re-biopsy of the progressing lesion at oligoprogression.</summary>
    public const int RebiopsyAtOligoprogression = 60;

    /// <summary>A trial or access programme.</summary>
    public const int Trial = 20;

    /// <summary>Expanded access when no trial in the knowledge base runs where and when the patient is treated.</summary>
    public const int NoKnownTrial = 10;

    /// <summary>Chemotherapy, last (case-report use only).</summary>
    public const int Chemotherapy = 10;
}
