namespace Alkboard.Core.Recist;

/// <summary>
/// The thresholds of RECIST 1.1 (Eisenhauer EA et al. New response evaluation criteria in solid
/// tumours: revised RECIST guideline (version 1.1). Eur J Cancer 2009;45:228-247,
/// doi:10.1016/j.ejca.2008.10.026, PMID 19097774), as collected in
/// the RECIST reference table gathered for the project (outside the repository). Each constant names its rule.
/// </summary>
public static class RecistRules
{
    /// <summary>The guideline's citation, attached to every computed response.</summary>
    public const string Citation = "doi:10.1016/j.ejca.2008.10.026";

    /// <summary>A non-nodal lesion is measurable at ≥ 10 mm longest diameter (CT/MRI).</summary>
    public const decimal MeasurableMinimumMm = 10m;

    /// <summary>A lymph node is a target (measurable, pathological) at ≥ 15 mm short axis.</summary>
    public const decimal NodeTargetMinimumMm = 15m;

    /// <summary>A lymph node under 10 mm short axis is normal (it may stay in the sum; CR allows it).</summary>
    public const decimal NodeNormalBelowMm = 10m;

    /// <summary>At most five target lesions in total.</summary>
    public const int MaxTargets = 5;

    /// <summary>At most two target lesions per organ.</summary>
    public const int MaxTargetsPerOrgan = 2;

    /// <summary>PR: a decrease of at least 30 % of the sum of diameters against the baseline sum.</summary>
    public const decimal PartialResponseDecreasePercent = 30m;

    /// <summary>PD: an increase of at least 20 % over the smallest sum on study (the nadir) ...</summary>
    public const decimal ProgressionIncreasePercent = 20m;

    /// <summary>... and an absolute increase of at least 5 mm.</summary>
    public const decimal ProgressionAbsoluteIncreaseMm = 5m;

    /// <summary>A target lesion "too small to measure" counts 5 mm in the sum (CDISC RECIST 1.1 guidance).</summary>
    public const decimal TooSmallToMeasureMm = 5m;

    /// <summary>CR and PR, when confirmation is required, are confirmed no less than 4 weeks (28 days) later.</summary>
    public const int ConfirmationMinimumDays = 28;
}
