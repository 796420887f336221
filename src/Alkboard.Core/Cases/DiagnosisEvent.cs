namespace Alkboard.Core.Cases;

/// <summary>What a diagnosis entry records: the first diagnosis, a local recurrence, or metastatic spread found later.</summary>
public enum DiagnosisEvent
{
    /// <summary>The first diagnosis.</summary>
    Initial,

    /// <summary>A local recurrence.</summary>
    Recurrence,

    /// <summary>New distant metastases found during the course.</summary>
    MetastaticProgression,
}
