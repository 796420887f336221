using System.Text;
using System.Text.Json;
using Alkboard.Core.Cases;
using Alkboard.Core.Cases.Loading;

namespace Alkboard.Core.Import.Cbioportal;

/// <summary>Everything one patient's case holds before it is written: the case model's own records.</summary>
internal sealed record CaseDraft(
    CaseSource Source,
    Patient Patient,
    Diagnosis Diagnosis,
    IReadOnlyList<TherapyLine> Lines,
    IReadOnlyList<Assessment> Assessments,
    Outcome? Outcome,
    IReadOnlyList<string> Notes,
    IReadOnlyList<MolecularTest> Tests);

/// <summary>
/// Writes a drafted case as a case file (JSON, schema version 1): the fields below are written
/// here, the molecular tests by <see cref="CaseFileEditor"/> (the writer <c>alkboard import</c>
/// uses), so an imported result is written one way only.
/// </summary>
internal static class StudyCaseWriter
{
    public static string? Write(CaseDraft draft, string file)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", PatientCase.CurrentSchemaVersion);
            w.WriteStartObject("source");
            w.WriteString("citation", draft.Source.Citation);
            Optional(w, "pmid", draft.Source.Pmid);
            Optional(w, "url", draft.Source.Url);
            Optional(w, "patientLabel", draft.Source.PatientLabel);
            if (draft.Source.Synthetic)
            {
                w.WriteBoolean("synthetic", true);
            }

            Optional(w, "note", draft.Source.Note);
            w.WriteEndObject();
            w.WriteStartObject("patient");
            w.WriteString("id", draft.Patient.Id);
            w.WriteString("sex", CaseWords.Of(draft.Patient.Sex));
            if (draft.Patient.AgeAtDiagnosisYears is { } age)
            {
                w.WriteNumber("ageAtDiagnosis", age);
            }

            w.WriteEndObject();
            w.WriteStartArray("diagnoses");
            var d = draft.Diagnosis;
            w.WriteStartObject();
            w.WriteString("id", d.Id);
            w.WriteString("event", CaseWords.Of(d.Event));
            w.WriteString("histology", HistologyCatalog.Word(d.Histology));
            Optional(w, "histologyText", d.HistologyText);
            w.WriteString("extent", CaseWords.Of(d.Extent));
            Optional(w, "note", d.Note);
            w.WriteEndObject();
            w.WriteEndArray();
            if (draft.Lines.Count > 0)
            {
                w.WriteStartArray("therapyLines");
                foreach (var line in draft.Lines)
                {
                    w.WriteStartObject();
                    w.WriteNumber("line", line.Number);
                    w.WriteStartArray("agents");
                    foreach (var agent in line.Agents)
                    {
                        w.WriteStartObject();
                        w.WriteString("drug", agent.Drug.Value);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    Optional(w, "start", line.Start?.Text);
                    Optional(w, "end", line.End?.Text);
                    w.WriteString("reasonStopped", CaseWords.Of(line.ReasonStopped));
                    Optional(w, "note", line.Note);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            if (draft.Assessments.Count > 0)
            {
                w.WriteStartArray("assessments");
                foreach (var a in draft.Assessments)
                {
                    w.WriteStartObject();
                    w.WriteString("id", a.Id);
                    Optional(w, "date", a.Date?.Text);
                    w.WriteString("modality", CaseWords.Of(a.Modality));
                    Optional(w, "reportedResponse", a.ReportedResponse is { } r ? ResponseCategoryCodes.Code(r) : null);
                    Optional(w, "note", a.Note);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            if (draft.Outcome is { } outcome)
            {
                w.WriteStartObject("outcome");
                w.WriteString("vitalStatus", CaseWords.Of(outcome.VitalStatus));
                Optional(w, "note", outcome.Note);
                w.WriteEndObject();
            }

            if (draft.Notes.Count > 0)
            {
                w.WriteStartArray("notes");
                foreach (var note in draft.Notes)
                {
                    w.WriteStringValue(note);
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        var (json, _) = CaseFileEditor.AppendMolecularTests(buffer.ToArray(), file, CaseFileFormat.Json, draft.Tests);
        return json;
    }

    public static CaseLoadResult Load(string json, string file, IDrugVocabulary vocabulary) =>
        CaseLoader.LoadBytes(Encoding.UTF8.GetBytes(json), file, CaseFileFormat.Json, vocabulary);

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
