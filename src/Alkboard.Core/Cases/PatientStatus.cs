namespace Alkboard.Core.Cases;

/// <summary>
/// The patient's own state on a date, as measured (issue 12, item 4): weight (kg) and height (cm)
/// for body-surface area; ECOG performance status; liver tests as multiples of the upper limit of
/// normal (total bilirubin, AST, ALT); creatinine clearance (mL/min) and dialysis; Child-Pugh class
/// where the team recorded it; pregnancy and breastfeeding. Every field is optional: what is not
/// recorded is said to be missing, never guessed.
/// </summary>
public sealed record PatientStatus(
    PartialDate? Date,
    decimal? WeightKg,
    decimal? HeightCm,
    int? Ecog,
    decimal? TotalBilirubinXUln,
    decimal? AstXUln,
    decimal? AltXUln,
    decimal? CreatinineClearanceMlMin,
    bool? Dialysis,
    ChildPughClass? ChildPugh,
    bool? Pregnant,
    bool? Breastfeeding,
    string? Note);
