using System.Collections.Immutable;

namespace Alkboard.Core.Cases.Loading;

/// <summary>
/// Binds a located document tree to a <see cref="PatientCase"/>, recording every structural error
/// (unknown or missing fields, wrong types, bad words, bad dates, out-of-range numbers). Returns
/// null when any error was found: nothing is partially loaded.
/// </summary>
internal static partial class CaseBinder
{
    public static (PatientCase? Case, CaseItemPaths Paths) Bind(SourceNode root, BindingContext context)
    {
        var paths = new CaseItemPaths();
        var reader = context.Object(root, "$", CaseFields.Root);
        if (reader is null)
        {
            return (null, paths);
        }

        var version = reader.Int("schemaVersion", 0, int.MaxValue, required: true);
        if (version is { } v && v != PatientCase.CurrentSchemaVersion)
        {
            context.Error(CaseErrorCodes.UnsupportedSchemaVersion,
                $"schemaVersion {v} is not supported; this Alkboard reads version {PatientCase.CurrentSchemaVersion}", reader.LocationOf("schemaVersion"));
        }

        var source = BindSource(reader.Object("source", CaseFields.Source, required: true));
        var patient = BindPatient(reader.Object("patient", CaseFields.Patient, required: true));
        var diagnoses = Items(reader, "diagnoses", CaseFields.Diagnosis, (r, i) => BindDiagnosis(r, i), paths, required: true);
        var tests = Items(reader, "molecularTests", CaseFields.MolecularTest, (r, i) => BindTest(r, i, paths), paths);
        var lines = Items(reader, "therapyLines", CaseFields.TherapyLine, (r, _) => BindLine(r, paths), paths);
        var local = Items(reader, "localTherapies", CaseFields.LocalTherapy, (r, i) => BindLocalTherapy(r, i), paths);
        var lesions = Items(reader, "lesions", CaseFields.Lesion, (r, _) => BindLesion(r), paths);
        var assessments = Items(reader, "assessments", CaseFields.Assessment, (r, i) => BindAssessment(r, i, paths), paths);
        var adverse = Items(reader, "adverseEvents", CaseFields.AdverseEvent, (r, _) => BindAdverseEvent(r), paths);
        var outcomeReader = reader.Object("outcome", CaseFields.Outcome);
        var outcome = outcomeReader is null ? null : BindOutcome(outcomeReader);
        if (outcome is not null)
        {
            paths.Add(outcome, outcomeReader!.Path);
        }

        var status = Items(reader, "patientStatus", CaseFields.PatientStatus, (r, _) => BindStatus(r), paths);
        var medications = Items(reader, "medications", CaseFields.Medication, (r, _) => BindMedication(r), paths);
        var refusals = Items(reader, "refusals", CaseFields.Refusal, (r, _) => BindRefusal(r), paths);
        var notes = reader.Strings("notes");

        if (context.Errors.Any(e => e.IsError) || source is null || patient is null)
        {
            return (null, paths);
        }

        var patientCase = new PatientCase(version ?? 0, source, patient, diagnoses, tests, lines, local, lesions, assessments, adverse, outcome, notes, status, medications, refusals);
        return (patientCase, paths);
    }

    private static ImmutableArray<T> Items<T>(
        ObjectReader parent, string field, IReadOnlyList<string> fields, Func<ObjectReader, int, T?> bind, CaseItemPaths paths, bool required = false)
        where T : class
    {
        var builder = ImmutableArray.CreateBuilder<T>();
        foreach (var (node, path) in parent.List(field, required))
        {
            var reader = parent.Context.Object(node, path, fields);
            if (reader is null)
            {
                continue;
            }

            var item = bind(reader, builder.Count + 1);
            if (item is not null)
            {
                paths.Add(item, path);
                builder.Add(item);
            }
        }

        return builder.ToImmutable();
    }

    private static CaseSource? BindSource(ObjectReader? r)
    {
        if (r is null)
        {
            return null;
        }

        var citation = r.String("citation", required: true);
        var doi = r.String("doi");
        var pmid = r.String("pmid");
        var url = r.String("url");
        var synthetic = r.Bool("synthetic") ?? false;
        if (doi is null && pmid is null && url is null && !synthetic)
        {
            r.Context.Error(CaseErrorCodes.MissingField, "a published case names its 'doi', 'pmid' or publisher 'url'; a made-up one says 'synthetic: true'", r.LocationOf("doi"));
        }

        return citation is null ? null : new CaseSource(citation, doi, pmid, url, r.String("patientLabel"), synthetic, r.String("note"));
    }

    private static Patient? BindPatient(ObjectReader? r)
    {
        if (r is null)
        {
            return null;
        }

        var id = r.String("id", required: true);
        var sex = r.Choice<Sex>("sex", required: true);
        var birthYear = r.Int("birthYear", PartialDate.MinYear, PartialDate.MaxYear);
        var age = r.Int("ageAtDiagnosis", 0, 120);
        var birthDate = r.Date("birthDate");
        return id is null || sex is null ? null : new Patient(id, sex.Value, birthYear ?? birthDate?.Earliest.Year, age, birthDate);
    }

    private static Diagnosis? BindDiagnosis(ObjectReader r, int index)
    {
        var histology = r.Choice("histology", HistologyCatalog.Words, HistologyCatalog.FromWord, required: true);
        var diagnosis = new Diagnosis(
            r.String("id") ?? $"dx{index}",
            r.Choice<DiagnosisEvent>("event") ?? DiagnosisEvent.Initial,
            r.Date("date"),
            histology ?? Histology.Other,
            r.String("histologyText"),
            r.String("primarySite"),
            r.Choice<DiseaseExtent>("extent") ?? DiseaseExtent.Unknown,
            r.Strings("metastaticSites"),
            r.Bool("cnsMetastases"),
            r.String("note"));
        return histology is null ? null : diagnosis;
    }

    private static Lesion? BindLesion(ObjectReader r)
    {
        var id = r.String("id", required: true);
        var site = r.String("site", required: true);
        var category = r.Choice<LesionCategory>("category", required: true);
        var lesion = new Lesion(id ?? string.Empty, site ?? string.Empty, r.String("organ"), r.Bool("lymphNode") ?? false, category ?? LesionCategory.Target, r.String("note"));
        return id is null || site is null || category is null ? null : lesion;
    }

    private static AdverseEvent? BindAdverseEvent(ObjectReader r)
    {
        var term = r.String("term", required: true);
        var ae = new AdverseEvent(term ?? string.Empty, r.Int("grade", 1, 5), r.Date("onset"), r.Context.ResolveDrug(r.String("drug"), r.LocationOf("drug")),
            r.Choice<AdverseEventAction>("action") ?? AdverseEventAction.Unknown, r.String("note"));
        return term is null ? null : ae;
    }

    private static Outcome BindOutcome(ObjectReader r) =>
        new(r.Date("lastFollowUp"), r.Choice<VitalStatus>("vitalStatus") ?? VitalStatus.Unknown, r.Date("deathDate"), r.String("causeOfDeath"), r.String("note"));

    private static LocalTherapy? BindLocalTherapy(ObjectReader r, int index)
    {
        var kind = r.Choice<LocalTherapyKind>("kind", required: true);
        var therapy = new LocalTherapy(
            r.String("id") ?? $"lt{index}",
            kind ?? LocalTherapyKind.Other,
            r.Date("date"),
            r.Date("end"),
            r.Strings("sites"),
            r.String("procedure"),
            r.Choice<ResectionMargin>("margin"),
            r.String("technique"),
            r.Decimal("doseGy", 0, 200),
            r.Int("fractions", 1, 100),
            r.String("note"));
        return kind is null ? null : therapy;
    }

}
