namespace Alkboard.Core.Evidence;

/// <summary>
/// How strong a statement's design is within its level (issue 11, item 7): approval, guideline or
/// trial first, then cohort, case series, case report, preclinical. Curated statements carry their
/// evidence type; CIViC statements their evidence level (A validated, B clinical, C case study,
/// D preclinical, E inferential).
/// </summary>
public static class EvidenceDesign
{
    /// <summary>0 (strongest) to 4 (preclinical); 5 when the design is not stated.</summary>
    public static int Rank(Implication implication)
    {
        ArgumentNullException.ThrowIfNull(implication);
        var grade = implication.SourceGrade;
        if (grade.StartsWith("CIViC", StringComparison.Ordinal))
        {
            return grade.Contains("level A", StringComparison.Ordinal) ? 0
                : grade.Contains("level B", StringComparison.Ordinal) ? 1
                : grade.Contains("level C", StringComparison.Ordinal) ? 3
                : 4;
        }

        return grade switch
        {
            "approval" or "guideline" or "trial" => 0,
            "cohort" => 1,
            "case_series" => 2,
            "case_report" => 3,
            "preclinical" => 4,
            _ => 5,
        };
    }

    /// <summary>The design in words, with the number of patients when stated: "cohort", "case report, 1 patient".</summary>
    public static string Describe(Implication implication)
    {
        ArgumentNullException.ThrowIfNull(implication);
        var design = implication.SourceGrade.StartsWith("CIViC", StringComparison.Ordinal) ? implication.SourceGrade : implication.SourceGrade.Replace('_', ' ');
        return implication.Patients is { } n ? $"{design}, {n} patient{(n == 1 ? string.Empty : "s")}" : design;
    }
}
