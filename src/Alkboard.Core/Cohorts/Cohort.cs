using Alkboard.Core.Cases;
using Alkboard.Core.Recist;

namespace Alkboard.Core.Cohorts;

/// <summary>
/// Patients pooled from case files, like a published case series. Each patient has
/// variables for subgroups: sex, ageGroup (pediatric under 18 at diagnosis, adult, unknown),
/// histology, partner (the ALK fusion's 5' partner), surgery (any surgery recorded), cns.
/// </summary>
public sealed record Cohort(IReadOnlyList<CohortPatient> Patients)
{
    /// <summary>
    /// The cohort of already loaded cases (from a folder, an import, later a database): each patient
    /// gets its RECIST report and its subgroup variables. Where the cases came from is the caller's business.
    /// </summary>
    /// <param name="cases">Each case with the file (or other source) it came from.</param>
    /// <returns>The cohort, patients in the order given.</returns>
    public static Cohort FromCases(IEnumerable<(string Source, PatientCase Case)> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return new Cohort([.. cases.Select(c => new CohortPatient(c.Source, c.Case, RecistEngine.Evaluate(c.Case), Variables(c.Case)))]);
    }

    private static Dictionary<CohortVariable, string> Variables(PatientCase c)
    {
        var fusion = c.MolecularTests.SelectMany(t => t.Results).OfType<FusionCall>().FirstOrDefault(f => f.ThreePrimeGene == "ALK" && f.FivePrimeGene is not null);
        return new Dictionary<CohortVariable, string>
        {
            [CohortVariable.All] = "all",
            [CohortVariable.Sex] = CaseWords.Of(c.Patient.Sex),
            [CohortVariable.AgeGroup] = c.Patient.AgeAtDiagnosisYears switch { null => "unknown", < 18 => "pediatric", _ => "adult" },
            [CohortVariable.Histology] = c.Diagnoses.Length == 0 ? "unknown" : HistologyCatalog.Word(c.Diagnoses[0].Histology),
            [CohortVariable.Partner] = fusion?.FivePrimeGene ?? "unknown",
            [CohortVariable.Surgery] = c.LocalTherapies.Any(t => t.Kind == LocalTherapyKind.Surgery) ? "yes" : "no",
            [CohortVariable.Cns] = c.Diagnoses.Any(d => d.CnsMetastases == true) ? "yes" : "no",
        };
    }

    /// <summary>The first line giving an ALK inhibitor, for PFS and time on treatment.</summary>
    public static LineResponse? FirstAlkInhibitorLine(CohortPatient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var alkLines = patient.Case.TherapyLines.Where(l => l.Agents.Any(a => a.AlkInhibitor)).Select(l => l.Number).ToHashSet();
        return patient.Responses.Lines.FirstOrDefault(l => alkLines.Contains(l.Line));
    }
}
