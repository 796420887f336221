namespace Alkboard.Core.Recist;

/// <summary>Stable codes for baselines that RECIST 1.1 does not accept (docs/recist.md); each makes the line's target sum not evaluable.</summary>
public static class RecistProblemCodes
{
    /// <summary>A non-nodal target lesion under 10 mm at baseline is not measurable.</summary>
    public const string TargetNotMeasurable = "ALK-RECIST-001";

    /// <summary>A lymph-node target under 15 mm short axis at baseline.</summary>
    public const string NodeTargetTooSmall = "ALK-RECIST-002";

    /// <summary>More than five target lesions.</summary>
    public const string TooManyTargets = "ALK-RECIST-003";

    /// <summary>More than two target lesions in one organ.</summary>
    public const string TooManyTargetsInOrgan = "ALK-RECIST-004";

    /// <summary>A target lesion without a measurement at baseline.</summary>
    public const string TargetNotMeasuredAtBaseline = "ALK-RECIST-005";
}
