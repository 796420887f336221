namespace Alkboard.Core.Cases;

/// <summary>Why a line of therapy ended.</summary>
public enum StopReason
{
    /// <summary>Not stated.</summary>
    Unknown,

    /// <summary>Still being given at the last follow-up.</summary>
    Ongoing,

    /// <summary>Disease progression.</summary>
    Progression,

    /// <summary>Adverse events (intolerance; not resistance).</summary>
    Toxicity,

    /// <summary>The planned course was completed.</summary>
    Completed,

    /// <summary>The patient chose to stop.</summary>
    PatientChoice,

    /// <summary>The patient died on treatment.</summary>
    Death,

    /// <summary>Another reason, stated in the note.</summary>
    Other,
}
