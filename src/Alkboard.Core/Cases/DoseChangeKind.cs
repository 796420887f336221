namespace Alkboard.Core.Cases;

/// <summary>What happened to a dose.</summary>
public enum DoseChangeKind
{
    /// <summary>Lowered.</summary>
    Reduced,

    /// <summary>Raised.</summary>
    Increased,

    /// <summary>Held temporarily.</summary>
    Interrupted,

    /// <summary>Restarted after an interruption, at the dose given.</summary>
    Resumed,
}
