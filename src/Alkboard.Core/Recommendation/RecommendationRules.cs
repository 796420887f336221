using System.Collections.Immutable;

namespace Alkboard.Core.Recommendation;

/// <summary>
/// The decision routine of CLINICAL-LOGIC.md section 5 as named rules, each with its sources
/// (citation ids of knowledge/citations.yaml). Each rule is tested on its own
/// (tests/Alkboard.Core.Tests/Recommendation/RuleTests.cs).
/// </summary>
public static partial class RecommendationRules
{
    /// <summary>ALK status unknown: ALK IHC, confirmed by FISH or RNA-based NGS.</summary>
    public static RuleInfo TestAlkStatus { get; } = new("R1-test-alk-status", "Diagnosis without ALK status: ALK IHC (5A4 or D5F3), confirmed by FISH or RNA-based NGS", ["butrynski2010", "wu2021"]);

    /// <summary>ALK negative: look for the other IMT kinase fusions.</summary>
    public static RuleInfo AlkNegativeOtherDrivers { get; } = new("R2-alk-negative-other-drivers", "ALK negative: DNA + RNA panel for ROS1, NTRK1-3, RET and PDGFRB fusions; ALK inhibitors showed no activity without ALK rearrangement", ["nci-pdq-imt", "cochin2025", "butrynski2010", "schoffski2021"]);

    /// <summary>Localized and resectable: complete resection, no routine systemic therapy.</summary>
    public static RuleInfo LocalizedResection { get; } = new("R3-localized-resection", "Localized and resectable: complete surgical resection is the standard; no routine systemic therapy", ["seed003", "wu2021"]);

    /// <summary>Advanced ALK-positive: an ALK inhibitor; reassess about 8 weeks after the start.</summary>
    public static RuleInfo AlkInhibitorForAdvancedDisease { get; } = new("R4-alk-inhibitor-advanced", "Unresectable, recurrent or metastatic ALK-positive: an ALK inhibitor (crizotinib approved; next-generation inhibitors with better CNS activity move up with brain metastases); reassess about 8 weeks after the start", ["fda-xalkori-imt", "wu2021", "seed003"]);

    /// <summary>Responding: continue the inhibitor and offer resection of residual disease.</summary>
    public static RuleInfo ContinueAndResectResidual { get; } = new("R5-continue-and-resect-residual", "Responding: continue the inhibitor; when residual disease becomes resectable, offer surgery and continue (surgery + crizotinib CR 80% vs 5.3%, median OS 31.5 vs 14 months)", ["wu2021"]);

    /// <summary>Oligoprogression: local ablative therapy and continue the same inhibitor.</summary>
    public static RuleInfo LocalTherapyForOligoprogression { get; } = new("R6-oligoprogression-local-therapy", "Oligoprogression: local ablative therapy (surgery, SBRT, cryoablation) of the progressing sites and continue the same inhibitor", ["cochin2025", "butrynski2010"]);

    /// <summary>Progression: re-biopsy with DNA + RNA sequencing.</summary>
    public static RuleInfo RebiopsyAtProgression { get; } = new("R7-rebiopsy-at-progression", "Progression: re-biopsy (tissue, or plasma) with DNA + RNA sequencing for ALK kinase-domain mutations and bypass alterations", ["seed001", "wu2021"]);

    /// <summary>Progression: the next inhibitor from the mutation's profile and the drugs already given.</summary>
    public static RuleInfo NextInhibitorByResistanceProfile { get; } = new("R8-next-inhibitor-by-profile", "Systemic progression: choose the next inhibitor from the mutation's sensitivity profile and the drugs already given; without an ALK mutation move to the next generation", ["wu2021", "seed001", "cooper2022"]);

    /// <summary>Intolerance is not resistance.</summary>
    public static RuleInfo IntoleranceIsNotResistance { get; } = new("R9-intolerance-not-resistance", "Intolerance is not resistance: reduce the dose or switch within the class", ["wu2021", "seed003", "cochin2025"]);

    /// <summary>A life-threatening reaction bars re-challenge.</summary>
    public static RuleInfo NoRechallengeAfterLifeThreateningReaction { get; } = new("R10-no-rechallenge", "After a life-threatening reaction (pneumonitis / ARDS, grade 4-5) do not re-challenge that drug", ["wu2021"]);

    /// <summary>Trials and access routes.</summary>
    public static RuleInfo TrialsAndAccess { get; } = new("R11-trials-and-access", "Off-label, no supported inhibitor left, or progression on two or more inhibitors: trials and access routes (KOSMOS-II, TAPUR, DRUP; NCT04925609 brigatinib under 25 years)", ["seed003", "cochin2025"]);

    /// <summary>Chemotherapy when no inhibitor is left.</summary>
    public static RuleInfo ChemotherapyLast { get; } = new("R12-chemotherapy-last", "No ALK inhibitor left with support, progression on two or more inhibitors, or ALK negative: chemotherapy as used in the seeds (doxorubicin; ifosfamide, carboplatin and etoposide)", ["cochin2025", "seed003"]);

    /// <summary>After a recorded death no treatment is recommended (issue 10, item 2).</summary>
    public static RuleInfo NoTreatmentAfterDeath { get; } = new("R13-no-treatment-after-death", "The record states the patient died: no treatment is recommended; the report keeps the history and responses for the registry", []);

    /// <summary>ALK status that the record cannot establish: confirm before ALK-directed therapy.</summary>
    public static RuleInfo ConfirmAlkStatus { get; } = new("R14-confirm-alk-status", "ALK status not established (an out-of-frame or kinase-domain-losing DNA call, discordant results, or positivity inferred from a response): confirm the rearrangement by FISH or RNA-based NGS", ["wu2021"]);

    /// <summary>ALK negative with another kinase driver found: the drug its evidence supports (tumor-agnostic approvals first).</summary>
    public static RuleInfo OtherDriverTargeted { get; } = new("R15-other-driver-targeted", "ALK-negative IMT with another kinase driver (NTRK1-3, RET, ROS1 fusions, BRAF V600E): the targeted drug its evidence supports; tumor-agnostic approvals apply to IMT under their conditions, ROS1 evidence is extrapolated from NSCLC", ["nci-pdq-imt", "larotrectinib-fda-2018"]);

    /// <summary>Every rule, in order.</summary>
    public static ImmutableArray<RuleInfo> All { get; } =
    [
        TestAlkStatus, AlkNegativeOtherDrivers, LocalizedResection, AlkInhibitorForAdvancedDisease, ContinueAndResectResidual,
        LocalTherapyForOligoprogression, RebiopsyAtProgression, NextInhibitorByResistanceProfile, IntoleranceIsNotResistance,
        NoRechallengeAfterLifeThreateningReaction, TrialsAndAccess, ChemotherapyLast, NoTreatmentAfterDeath, ConfirmAlkStatus, OtherDriverTargeted,
    ];
}
