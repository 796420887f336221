using Alkboard.Core.Cases;

namespace Alkboard.Core.Knowledge;

/// <summary>
/// The organ function a label's dose modification applies to, in the label's own classification:
/// hepatic by total bilirubin bounds (x ULN, the NCI-ODWG-type criteria of the crizotinib label) or by
/// Child-Pugh class; renal by creatinine clearance (mL/min) and dialysis.
/// </summary>
public sealed record OrganCriterion(
    string Kind,
    decimal? BilirubinXUlnAbove,
    decimal? BilirubinXUlnAtMost,
    ChildPughClass? ChildPugh,
    decimal? CreatinineClearanceBelow,
    decimal? CreatinineClearanceAtLeast,
    bool NotOnDialysis);
