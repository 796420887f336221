namespace Alkboard.Core.Cases.Loading;

/// <summary>
/// The field names of every object in a case file. docs/case.schema.json declares the same names;
/// a test keeps the two in step.
/// </summary>
public static class CaseFields
{
    /// <summary>Fields of the root object.</summary>
    public static IReadOnlyList<string> Root { get; } =
        ["schemaVersion", "source", "patient", "diagnoses", "molecularTests", "therapyLines", "localTherapies", "lesions", "assessments", "adverseEvents", "outcome", "patientStatus", "medications", "refusals", "notes"];

    /// <summary>Fields of a patient status entry.</summary>
    public static IReadOnlyList<string> PatientStatus { get; } =
        ["date", "weightKg", "heightCm", "ecog", "totalBilirubinXUln", "astXUln", "altXUln", "creatinineClearanceMlMin", "dialysis", "childPugh", "pregnant", "breastfeeding", "note"];

    /// <summary>Fields of a concomitant medication.</summary>
    public static IReadOnlyList<string> Medication { get; } = ["name", "interaction", "start", "end", "note"];

    /// <summary>Fields of a refusal.</summary>
    public static IReadOnlyList<string> Refusal { get; } = ["drug", "date", "note"];

    /// <summary>Fields of <c>source</c>.</summary>
    public static IReadOnlyList<string> Source { get; } = ["citation", "doi", "pmid", "url", "patientLabel", "synthetic", "note"];

    /// <summary>Fields of <c>patient</c>.</summary>
    public static IReadOnlyList<string> Patient { get; } = ["id", "sex", "birthDate", "birthYear", "ageAtDiagnosis"];

    /// <summary>Fields of a diagnosis.</summary>
    public static IReadOnlyList<string> Diagnosis { get; } =
        ["id", "event", "date", "histology", "histologyText", "primarySite", "extent", "metastaticSites", "cnsMetastases", "note"];

    /// <summary>Fields of a molecular test.</summary>
    public static IReadOnlyList<string> MolecularTest { get; } = ["id", "date", "line", "specimen", "method", "lab", "panel", "status", "results", "note"];

    /// <summary>Fields of a specimen.</summary>
    public static IReadOnlyList<string> Specimen { get; } = ["type", "site"];

    /// <summary>Fields of each kind of molecular result, by its <c>kind</c> word.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Results { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["variant"] = ["kind", "gene", "hgvsP", "hgvsC", "vaf", "note", "provenance"],
        ["fusion"] = ["kind", "fivePrime", "threePrime", "fivePrimeExons", "threePrimeExons", "fivePrimeTranscript", "threePrimeTranscript", "breakpoint", "inFrame", "orientationInferred", "note", "provenance"],
        ["copy_number"] = ["kind", "gene", "call", "copies", "focal", "note", "provenance"],
        ["expression"] = ["kind", "gene", "direction", "comparedTo", "note"],
        ["ihc"] = ["kind", "marker", "clone", "result", "pattern", "note"],
        ["negative"] = ["kind", "genes", "scope", "note"],
    };

    /// <summary>Fields of the provenance of an imported variant, fusion or copy-number change.</summary>
    public static IReadOnlyList<string> Provenance { get; } = ["file", "sha256", "caller", "callerVersion", "genomeBuild", "sample", "line"];

    /// <summary>Fields of a line of therapy.</summary>
    public static IReadOnlyList<string> TherapyLine { get; } = ["line", "agents", "start", "end", "reasonStopped", "doseChanges", "cycles", "access", "note"];

    /// <summary>Fields of an agent.</summary>
    public static IReadOnlyList<string> Agent { get; } = ["drug", "dose", "outsideVocabulary"];

    /// <summary>Fields of a dose.</summary>
    public static IReadOnlyList<string> Dose { get; } = ["amount", "unit", "schedule"];

    /// <summary>Fields of a dose change.</summary>
    public static IReadOnlyList<string> DoseChange { get; } = ["date", "drug", "change", "dose", "reason"];

    /// <summary>Fields of a local therapy.</summary>
    public static IReadOnlyList<string> LocalTherapy { get; } =
        ["id", "kind", "date", "end", "sites", "procedure", "margin", "technique", "doseGy", "fractions", "note"];

    /// <summary>Fields of a lesion.</summary>
    public static IReadOnlyList<string> Lesion { get; } = ["id", "site", "organ", "lymphNode", "category", "note"];

    /// <summary>Fields of an assessment.</summary>
    public static IReadOnlyList<string> Assessment { get; } = ["id", "date", "line", "modality", "observations", "reportedResponse", "reportedChangePercent", "progressionPattern", "note"];

    /// <summary>Fields of a lesion observation.</summary>
    public static IReadOnlyList<string> Observation { get; } = ["lesion", "state", "sizeMm"];

    /// <summary>Fields of an adverse event.</summary>
    public static IReadOnlyList<string> AdverseEvent { get; } = ["term", "grade", "onset", "drug", "action", "note"];

    /// <summary>Fields of the outcome.</summary>
    public static IReadOnlyList<string> Outcome { get; } = ["lastFollowUp", "vitalStatus", "deathDate", "causeOfDeath", "note"];
}
