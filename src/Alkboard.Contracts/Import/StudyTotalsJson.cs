using Alkboard.Core.Import.Cbioportal;

namespace Alkboard.Contracts.Import;

/// <summary>The totals of a study import: patients (one case each), samples, molecular tests, results, lines of therapy, assessments, and timeline rows not placed.</summary>
public sealed record StudyTotalsJson(int Patients, int Samples, int Tests, int Results, int Lines, int Assessments, int Unplaced)
{
    /// <summary>The totals of a study import.</summary>
    public static StudyTotalsJson From(StudyImport study)
    {
        ArgumentNullException.ThrowIfNull(study);
        var cases = study.Patients.Select(p => p.Case).ToList();
        return new(study.Patients.Length, study.Patients.Sum(p => p.Samples.Length), cases.Sum(c => c.MolecularTests.Length), cases.Sum(c => c.MolecularTests.Sum(t => t.Results.Length)),
            cases.Sum(c => c.TherapyLines.Length), cases.Sum(c => c.Assessments.Length), study.Unplaced.Length);
    }
}
