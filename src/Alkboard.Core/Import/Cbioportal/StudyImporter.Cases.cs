using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Alkboard.Core.Cases;

namespace Alkboard.Core.Import.Cbioportal;

public static partial class StudyImporter
{
    private sealed partial class Run
    {
        private void BuildCases()
        {
            var timelines = PlaceTimelines();
            if (HasErrors)
            {
                return;
            }

            var source = Source();
            var tests = Tests(timelines);
            var fileNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var id in _patientOrder)
            {
                var timeline = timelines.GetValueOrDefault(id) ?? new PatientTimeline();
                var samples = _sampleRows.GetValueOrDefault(id) ?? [];
                var row = _patientRows.GetValueOrDefault(id);
                var (diagnosis, code) = Diagnosis(id, row, samples);
                var patientTests = tests.GetValueOrDefault(id) ?? [];
                var outcome = Outcome(row);
                var draft = new CaseDraft(source, Patient(id, row), diagnosis, Lines(id, timeline, outcome?.VitalStatus == VitalStatus.Dead), Assessments(id, timeline), outcome, Notes(row, samples, timeline), patientTests);
                var file = UniqueName(Slug(id), fileNames) + ".json";
                var json = StudyCaseWriter.Write(draft, file);
                var at = row is not null ? (_patientTable!.File.File, row.Line) : (_sampleTable!.File.File, samples[0].Line);
                var loaded = json is null ? null : StudyCaseWriter.Load(json, file, kb.Vocabulary);
                if (loaded is not { Success: true })
                {
                    foreach (var e in loaded?.Errors.Where(e => e.IsError) ?? [])
                    {
                        Error(ImportErrorCodes.CaseRejected, $"the case of patient {id} breaks a case rule: {e.Code} at {e.Location.Path}: {e.Message}", at.Item1, at.Item2);
                    }

                    continue;
                }

                foreach (var w in loaded.Warnings)
                {
                    Warn(w.Code, $"the case of patient {id}: {w.Message} (at {w.Location.Path})", at.Item1, at.Item2);
                }

                _patients.Add(new StudyPatient(id, file, [.. samples.Select(s => s.Id)], json!, loaded.Case!, HistologyCatalog.Word(diagnosis.Histology), code));
            }
        }

        private CaseSource Source()
        {
            var pmids = Pmids(_study!);
            var citation = $"cBioPortal study {StudyId}" + (_study!["name"] is { } name ? $": {name}" : string.Empty) + (_study["citation"] is { } c ? $" ({c})" : string.Empty);
            var note = new StringBuilder($"Imported by alkboard import-study from the cBioPortal study folder {Path.GetFileName(Path.TrimEndingDirectorySeparator(folder))}; each molecular result carries its provenance (file, SHA-256, genome build, sample, line).");
            if (pmids.Count > 1)
            {
                note.Append(CultureInfo.InvariantCulture, $" {MetaStudy} lists PMIDs {string.Join(", ", pmids)}; the first is recorded as pmid.");
            }

            return new CaseSource(citation, null, pmids.FirstOrDefault(), options.SourceUrl, null, options.Synthetic, note.ToString());
        }

        private static Patient Patient(string id, ClinicalRow? row)
        {
            var sex = (row?.Get("SEX") ?? row?.Get("GENDER"))?.ToLowerInvariant() switch
            {
                "male" or "m" => Sex.Male,
                "female" or "f" => Sex.Female,
                _ => Sex.Unknown,
            };
            int? age = row?.Get("AGE") is { } text && StudyTsv.TryReal(text, out var years) && years == Math.Floor(years) && years is >= 0 and <= 120 ? (int)years : null;
            return new Patient(id, sex, null, age);
        }

        private static Outcome? Outcome(ClinicalRow? row)
        {
            if (row?.Get("OS_STATUS") is not { } status)
            {
                return null;
            }

            var (code, label) = ClinicalRow.Status(status);
            var vital = label switch
            {
                "LIVING" => VitalStatus.Alive,
                "DECEASED" => VitalStatus.Dead,
                _ => VitalStatus.Unknown,
            };
            var months = row.Get("OS_MONTHS") is { } m ? $"; OS_MONTHS {m} (months from diagnosis as the study gives them; not turned into a date)" : "; OS_MONTHS not available";
            return new Outcome(null, vital, null, null, $"cBioPortal OS_STATUS {status}{(code is null ? string.Empty : $" (code {code}, {label})")}{months}");
        }

        /// <summary>The clinical attributes as written (missing ones say so, never 0), and the timeline rows of the patient that were not placed.</summary>
        private List<string> Notes(ClinicalRow? patient, List<ClinicalRow> samples, PatientTimeline timeline)
        {
            var notes = new List<string>();
            if (patient is not null)
            {
                notes.Add($"cBioPortal patient attributes ({Path.GetFileName(_patientTable!.File.File)}:{patient.Line}): {Attributes(patient, "PATIENT_ID")}");
            }

            foreach (var sample in samples)
            {
                notes.Add($"cBioPortal sample {sample.Id} ({Path.GetFileName(_sampleTable!.File.File)}:{sample.Line}): {Attributes(sample, "PATIENT_ID", "SAMPLE_ID")}");
            }

            if (timeline.Unplaced.Count > 0)
            {
                notes.Add("Timeline rows not placed: " + string.Join("; ", timeline.Unplaced.Select(u => $"{u.File}:{u.Line} {u.EventType} day {u.StartDay} ({u.Reason})")));
            }

            return notes;
        }

        private static string Attributes(ClinicalRow row, params string[] skip)
        {
            var parts = row.Values.Where(v => !skip.Contains(v.Key, StringComparer.Ordinal)).Select(v =>
            {
                var value = row.Get(v.Key);
                if (value is null)
                {
                    return $"{v.Key} not available";
                }

                var (code, label) = ClinicalRow.Status(value);
                return v.Key.EndsWith("_STATUS", StringComparison.Ordinal) && code is not null ? $"{v.Key} {value} (code {code}, {label})" : $"{v.Key} {value}";
            }).ToList();
            return parts.Count == 0 ? "none" : string.Join("; ", parts);
        }

        private static string Slug(string id)
        {
            var slug = new StringBuilder();
            foreach (var c in id)
            {
                slug.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '_');
            }

            return slug.ToString().Trim('.') is { Length: > 0 } s ? s : "patient";
        }

        private static string UniqueName(string wanted, HashSet<string> taken)
        {
            var name = wanted;
            for (var n = 2; !taken.Add(name); n++)
            {
                name = $"{wanted}-{n}";
            }

            return name;
        }
    }
}
