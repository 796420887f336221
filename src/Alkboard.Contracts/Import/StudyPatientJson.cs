using Alkboard.Core.Import.Cbioportal;

namespace Alkboard.Contracts.Import;

/// <summary>One patient's case: the patient id, the case file name, the samples, the histology word and cancer type code of its diagnosis, and how many tests, results, lines and assessments it holds.</summary>
public sealed record StudyPatientJson(string Id, string CaseFile, IReadOnlyList<string> Samples, string Histology, string? CancerTypeCode, int Tests, int Results, int Lines, int Assessments)
{
    /// <summary>The contract form of one patient's case.</summary>
    public static StudyPatientJson From(StudyPatient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var c = patient.Case;
        return new(patient.Id, patient.CaseFile, patient.Samples, patient.Histology, patient.CancerTypeCode, c.MolecularTests.Length, c.MolecularTests.Sum(t => t.Results.Length), c.TherapyLines.Length, c.Assessments.Length);
    }
}
