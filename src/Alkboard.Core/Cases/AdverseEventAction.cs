namespace Alkboard.Core.Cases;

/// <summary>What was done about an adverse event.</summary>
public enum AdverseEventAction
{
    /// <summary>Not stated.</summary>
    Unknown,

    /// <summary>Treatment continued unchanged.</summary>
    None,

    /// <summary>Dose reduced.</summary>
    DoseReduced,

    /// <summary>Treatment held, then resumed.</summary>
    Interrupted,

    /// <summary>Treatment stopped for good.</summary>
    Discontinued,
}
