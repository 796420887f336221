namespace Alkboard.Core.Cohorts.Statistics;

/// <summary>How tied event times are handled in the Cox partial likelihood.</summary>
public enum CoxTies
{
    /// <summary>Efron's approximation (R coxph's default).</summary>
    Efron,

    /// <summary>Breslow's approximation.</summary>
    Breslow,
}
