namespace Alkboard.Core.Cases;

/// <summary>
/// One lesion at one assessment: its state and, when measured, its size in millimetres
/// (longest diameter; short axis for a lymph node).
/// </summary>
public sealed record LesionObservation(string LesionId, LesionState State, Millimetres? SizeMm);
