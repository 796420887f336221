namespace Alkboard.Core.Cases;

/// <summary>What was seen of a lesion at one assessment.</summary>
public enum LesionState
{
    /// <summary>Measured; the size is given in millimetres.</summary>
    Measured,

    /// <summary>Present but too small to measure (RECIST 1.1 counts 5 mm).</summary>
    TooSmallToMeasure,

    /// <summary>Gone (RECIST 1.1 counts 0 mm).</summary>
    Disappeared,

    /// <summary>Present, not measured (non-target).</summary>
    Present,

    /// <summary>Unequivocal progression of a non-target lesion.</summary>
    UnequivocalProgression,

    /// <summary>Not assessed at this time point.</summary>
    NotEvaluated,
}
