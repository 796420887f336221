using System.Collections.Immutable;

namespace Alkboard.Core.Cases;

/// <summary>
/// One patient's case: the single input every Alkboard engine reads. Built only by
/// <see cref="Loading.CaseLoader"/>, which accepts a file whole or rejects it with every error.
/// </summary>
public sealed record PatientCase(
    int SchemaVersion,
    CaseSource Source,
    Patient Patient,
    ImmutableArray<Diagnosis> Diagnoses,
    ImmutableArray<MolecularTest> MolecularTests,
    ImmutableArray<TherapyLine> TherapyLines,
    ImmutableArray<LocalTherapy> LocalTherapies,
    ImmutableArray<Lesion> Lesions,
    ImmutableArray<Assessment> Assessments,
    ImmutableArray<AdverseEvent> AdverseEvents,
    Outcome? Outcome,
    ImmutableArray<string> Notes,
    ImmutableArray<PatientStatus> PatientStatus,
    ImmutableArray<ConcomitantMedication> Medications,
    ImmutableArray<Refusal> Refusals)
{
    /// <summary>The case-file schema version this Alkboard reads and writes.</summary>
    public const int CurrentSchemaVersion = 1;
}
