namespace Alkboard.Core.Cases;

/// <summary>How often a dose is given.</summary>
public enum DoseSchedule
{
    /// <summary>Once daily (QD).</summary>
    OnceDaily,

    /// <summary>Twice daily (BID).</summary>
    TwiceDaily,

    /// <summary>Three times daily (TID).</summary>
    ThreeTimesDaily,

    /// <summary>Once a week.</summary>
    Weekly,

    /// <summary>Every two weeks.</summary>
    Every2Weeks,

    /// <summary>Every three weeks.</summary>
    Every3Weeks,

    /// <summary>Every four weeks.</summary>
    Every4Weeks,

    /// <summary>Per cycle of a chemotherapy regimen (see the line's note for the cycle).</summary>
    PerCycle,
}
