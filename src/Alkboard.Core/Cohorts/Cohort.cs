using Alkboard.Core.Cases;
using Alkboard.Core.Cases.Loading;
using Alkboard.Core.Recist;
using Alkboard.Core.Diagnostics;

namespace Alkboard.Core.Cohorts;

/// <summary>
/// Patients pooled from a folder of case files, like a published case series. Each patient has
/// variables for subgroups: sex, ageGroup (pediatric under 18 at diagnosis, adult, unknown),
/// histology, partner (the ALK fusion's 5' partner), surgery (any surgery recorded), cns.
/// </summary>
public sealed record Cohort(IReadOnlyList<CohortPatient> Patients)
{
    /// <summary>The variables every patient has, for --by and --group.</summary>
    public static IReadOnlyList<string> VariableNames { get; } = ["all", "sex", "ageGroup", "histology", "partner", "surgery", "cns"];

    /// <summary>Loads every .json, .yaml and .yml file of the folder; any invalid file makes the whole cohort invalid, with every error listed.</summary>
    public static (Cohort? Cohort, IReadOnlyList<Diagnostic> Errors) LoadFolder(string folder, IDrugVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(vocabulary);
        if (!Directory.Exists(folder))
        {
            return (null, [new Diagnostic(CaseErrorCodes.FileNotFound, "no such folder", new SourceLocation(folder, 0, 0, "$"))]);
        }

        var files = Directory.EnumerateFiles(folder).Where(f => CaseLoader.FormatOf(f) is not null).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            return (null, [new Diagnostic(CaseErrorCodes.EmptyFile, "the folder holds no case files (.json, .yaml, .yml)", new SourceLocation(folder, 0, 0, "$"))]);
        }

        var errors = new List<Diagnostic>();
        var patients = new List<CohortPatient>();
        foreach (var file in files)
        {
            var loaded = CaseLoader.LoadFile(file, vocabulary);
            if (!loaded.Success)
            {
                errors.AddRange(loaded.Errors);
                continue;
            }

            patients.Add(new CohortPatient(file, loaded.Case!, RecistEngine.Evaluate(loaded.Case!), Variables(loaded.Case!)));
        }

        return errors.Count > 0 ? (null, errors) : (new Cohort(patients), []);
    }

    private static Dictionary<string, string> Variables(PatientCase c)
    {
        var fusion = c.MolecularTests.SelectMany(t => t.Results).OfType<FusionCall>().FirstOrDefault(f => f.ThreePrimeGene == "ALK" && f.FivePrimeGene is not null);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["all"] = "all",
            ["sex"] = CaseWords.Of(c.Patient.Sex),
            ["ageGroup"] = c.Patient.AgeAtDiagnosisYears switch { null => "unknown", < 18 => "pediatric", _ => "adult" },
            ["histology"] = c.Diagnoses.Length == 0 ? "unknown" : HistologyCatalog.Word(c.Diagnoses[0].Histology),
            ["partner"] = fusion?.FivePrimeGene ?? "unknown",
            ["surgery"] = c.LocalTherapies.Any(t => t.Kind == LocalTherapyKind.Surgery) ? "yes" : "no",
            ["cns"] = c.Diagnoses.Any(d => d.CnsMetastases == true) ? "yes" : "no",
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
