namespace Alkboard.Core.Cohorts.Statistics;

/// <summary>How Kaplan–Meier confidence limits are built (R survfit's conf.type).</summary>
public enum ConfidenceType
{
    /// <summary>On log S (R's default): S·exp(±z·se).</summary>
    Log,

    /// <summary>On log(−log S).</summary>
    LogLog,

    /// <summary>On S directly: S ± z·se·S.</summary>
    Plain,
}
