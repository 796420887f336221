namespace Alkboard.Core.Recommendation;

/// <summary>Whether an ALK mutation profile is part of the tumor now (issue 10, item 3).</summary>
public enum AlterationState
{
    /// <summary>Found in the latest test that covered it, with no progression since.</summary>
    Present,

    /// <summary>
    /// Found before and not re-tested since the last progression, or cleared only by a test of another
    /// specimen kind (a negative plasma test leaves a tissue finding possibly present): resistance
    /// evidence still applies, sensitivity does not, and a re-biopsy is suggested.
    /// </summary>
    PossiblyPresent,

    /// <summary>Absent on a later test of the same specimen kind that covered it, or no longer the whole profile.</summary>
    Historical,
}
