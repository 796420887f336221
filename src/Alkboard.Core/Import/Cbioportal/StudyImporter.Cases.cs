using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Alkboard.Core.Cases;

namespace Alkboard.Core.Import.Cbioportal;

public static partial class StudyImporter
{
    private sealed partial class Run
    {
        /// <summary>A patient's timeline rows that give the case something, by kind.</summary>
        private sealed class PatientTimeline
        {
            public List<TimelineRow> Treatments { get; } = [];

            public List<(TimelineRow Row, ResponseCategory Response)> Statuses { get; } = [];

            public Dictionary<string, TimelineRow> Specimens { get; } = new(StringComparer.Ordinal);

            public List<UnplacedTimelineRow> Unplaced { get; } = [];
        }

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
                var (diagnosis, code) = Diagnosis(row, samples);
                var patientTests = tests.GetValueOrDefault(id) ?? [];
                var draft = new CaseDraft(source, Patient(id, row), diagnosis, Lines(id, timeline), Assessments(id, timeline), Outcome(row), Notes(row, samples, timeline), patientTests);
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

        private PartialDate? Anchor(string patient) => options.IndexDate ?? (options.Anchors?.TryGetValue(patient, out var date) == true ? date : null);

        private Dictionary<string, PatientTimeline> PlaceTimelines()
        {
            var patients = _patientOrder.ToHashSet(StringComparer.Ordinal);
            var byPatient = new Dictionary<string, PatientTimeline>(StringComparer.Ordinal);
            foreach (var anchored in (options.Anchors?.Keys ?? []).Where(p => !patients.Contains(p)).Order(StringComparer.Ordinal))
            {
                Warn(ImportErrorCodes.ClinicalCrossReference, $"the anchors name patient {anchored}, whom the study does not have", options.AnchorsFile ?? "--anchors");
            }

            foreach (var (_, table) in _timelines)
            {
                var path = table.File.File;
                foreach (var row in table.Rows)
                {
                    if (!patients.Contains(row.PatientId))
                    {
                        Warn(ImportErrorCodes.TimelinePatientUnknown, $"patient {row.PatientId} is not in the clinical files: this {row.EventType} row is not placed", path, row.Line);
                        _unplaced.Add(new UnplacedTimelineRow(row.File, row.Line, row.PatientId, row.EventType, row.Start, "the patient is not in the clinical files"));
                        continue;
                    }

                    if (!byPatient.TryGetValue(row.PatientId, out var timeline))
                    {
                        byPatient[row.PatientId] = timeline = new PatientTimeline();
                    }

                    var reason = Place(row, timeline, path);
                    if (reason is not null)
                    {
                        var unplaced = new UnplacedTimelineRow(row.File, row.Line, row.PatientId, row.EventType, row.Start, reason);
                        _unplaced.Add(unplaced);
                        timeline.Unplaced.Add(unplaced);
                    }
                }
            }

            return byPatient;
        }

        /// <summary>Files a row under its patient; returns why it could not be placed, or null.</summary>
        private string? Place(TimelineRow row, PatientTimeline timeline, string path)
        {
            if (Anchor(row.PatientId) is not { } anchor)
            {
                return "no index date for the patient (give --index-date or --anchors): timeline days are not dates";
            }

            if (Day(anchor, row.Start) is null || (row.Stop is { } stop && Day(anchor, stop) is null))
            {
                Error(ImportErrorCodes.TimelineFile, $"day {row.Start}{(row.Stop is null ? string.Empty : $"–{row.Stop}")} from the index date {anchor} falls outside the years {PartialDate.MinYear}–{PartialDate.MaxYear}", path, row.Line);
                return "its day falls outside the years a case accepts";
            }

            switch (row.EventType)
            {
                case "TREATMENT" when row.Agent is null:
                    return row.TreatmentType is { } type ? $"a TREATMENT row without an AGENT ({type}): not a line of systemic therapy" : "a TREATMENT row without an AGENT: not a line of systemic therapy";
                case "TREATMENT":
                    timeline.Treatments.Add(row);
                    return null;
                case "STATUS" when row.Status is null:
                    return "a STATUS row without a STATUS value";
                case "STATUS" when Response(row.Status) is not { } response:
                    return $"STATUS '{row.Status}' is not a response Alkboard records (CR, PR, SD, PD and their names)";
                case "STATUS":
                    timeline.Statuses.Add((row, Response(row.Status)!.Value));
                    return null;
                case "SPECIMEN" or "SAMPLE ACQUISITION" or "SEQUENCING" when row.SampleId is null:
                    return $"a {row.EventType} row naming no SAMPLE_ID: it cannot be tied to a sample";
                case "SPECIMEN" or "SAMPLE ACQUISITION" or "SEQUENCING":
                    if (!_patientOfSample.TryGetValue(row.SampleId!, out var owner) || owner != row.PatientId)
                    {
                        Error(ImportErrorCodes.SampleNotInStudy, owner is null
                            ? $"SAMPLE_ID '{row.SampleId}' is not a sample of {Path.GetFileName(_sampleTable!.File.File)}"
                            : $"SAMPLE_ID '{row.SampleId}' is a sample of patient {owner}, not of {row.PatientId}", path, row.Line);
                        return "its sample is not the patient's";
                    }

                    if (timeline.Specimens.TryGetValue(row.SampleId!, out var first))
                    {
                        return $"sample {row.SampleId} is already dated by {first.At}";
                    }

                    timeline.Specimens[row.SampleId!] = row;
                    return null;
                default:
                    return $"EVENT_TYPE {row.EventType} is not imported";
            }
        }

        /// <summary>Timeline day <paramref name="days"/> after the anchor: a day when the anchor is a day, else the range of days it allows. Null outside the years a case accepts.</summary>
        private static PartialDate? Day(PartialDate anchor, long days)
        {
            const long Span = 366L * (PartialDate.MaxYear - PartialDate.MinYear);
            if (days is < -Span or > Span)
            {
                return null;
            }

            var from = anchor.Earliest.AddDays((int)days);
            var to = anchor.Latest.AddDays((int)days);
            if (from.Year < PartialDate.MinYear || to.Year > PartialDate.MaxYear)
            {
                return null;
            }

            var text = from == to ? from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{from:yyyy-MM-dd}/{to:yyyy-MM-dd}");
            return PartialDate.ParseOrThrow(text);
        }

        /// <summary>The RECIST response a STATUS value names, by the category codes and their names only.</summary>
        private static ResponseCategory? Response(string status) => status.Trim().ToLowerInvariant() switch
        {
            "cr" or "complete response" => ResponseCategory.CR,
            "pr" or "partial response" => ResponseCategory.PR,
            "sd" or "stable disease" => ResponseCategory.SD,
            "pd" or "progressive disease" or "progression" or "disease progression" => ResponseCategory.PD,
            _ => null,
        };

        /// <summary>Rows that start on the same day form one line (a combination); each other start day begins the next line, in day order.</summary>
        private List<TherapyLine> Lines(string patient, PatientTimeline timeline)
        {
            if (Anchor(patient) is not { } anchor)
            {
                return [];
            }

            var lines = new List<TherapyLine>();
            foreach (var group in timeline.Treatments.GroupBy(r => r.Start).OrderBy(g => g.Key))
            {
                var rows = group.ToList();
                var agents = rows.Select(r => r.Agent!.Value).Distinct().Select(d => new TherapyAgent(d, null)).ToImmutableArray();
                var end = rows.All(r => r.Stop is not null) ? Day(anchor, rows.Max(r => r.Stop!.Value)) : null;
                var note = $"From the cBioPortal timeline, days from the index date {anchor}: " +
                    string.Join("; ", rows.Select(r => $"{r.AgentWritten} day {r.Start}{(r.Stop is { } s ? $" to {s}" : ", no STOP_DATE")} ({r.At})")) +
                    ". Why the line stopped is not stated in the timeline.";
                lines.Add(new TherapyLine(lines.Count + 1, agents, Day(anchor, group.Key), end, StopReason.Unknown, [], null, null, note));
            }

            return lines;
        }

        private List<Assessment> Assessments(string patient, PatientTimeline timeline)
        {
            if (Anchor(patient) is not { } anchor)
            {
                return [];
            }

            return [.. timeline.Statuses.OrderBy(s => s.Row.Start).Select((s, i) => new Assessment($"timeline-status-{i + 1}", Day(anchor, s.Row.Start), null, Modality.Unspecified, [],
                s.Response, null, null, $"cBioPortal timeline STATUS '{s.Row.Status}' ({s.Row.At}, day {s.Row.Start} from the index date {anchor}); reported, not measured"))];
        }

        /// <summary>One molecular test per sample and data file, in file order; the sample's SPECIMEN row (when the timeline has one and an anchor) dates it.</summary>
        private Dictionary<string, List<MolecularTest>> Tests(Dictionary<string, PatientTimeline> timelines)
        {
            var tests = new Dictionary<string, List<MolecularTest>>(StringComparer.Ordinal);
            foreach (var (entry, file) in _molecular)
            {
                var profile = entry.Meta["stable_id"] ?? entry.Datatype.ToLowerInvariant();
                foreach (var group in file.Results.GroupBy(r => r.Provenance!.Sample!, StringComparer.Ordinal))
                {
                    var patient = _patientOfSample[group.Key];
                    if (!tests.TryGetValue(patient, out var list))
                    {
                        tests[patient] = list = [];
                    }

                    var specimen = timelines.GetValueOrDefault(patient)?.Specimens.GetValueOrDefault(group.Key);
                    var anchor = Anchor(patient);
                    var date = specimen is not null && anchor is { } a ? Day(a, specimen.Start) : null;
                    var kind = specimen?.SpecimenType?.Trim().ToLowerInvariant() switch
                    {
                        "tissue" => SpecimenKind.Tissue,
                        "plasma" => SpecimenKind.Plasma,
                        _ => SpecimenKind.Unknown,
                    };
                    var id = UniqueName($"{group.Key}-{profile}", list.Select(t => t.Id).ToHashSet(StringComparer.Ordinal));
                    var note = $"cBioPortal study {StudyId}, sample {group.Key}: {entry.Meta["profile_name"] ?? entry.Datatype} ({entry.Meta.Name}, {Path.GetFileName(file.File)}); each result carries its provenance" +
                        (specimen is null ? string.Empty : $"; dated by the timeline {specimen.EventType} row {specimen.At} (day {specimen.Start}){(specimen.SpecimenType is { } t ? $", specimen type '{t}'" : string.Empty)}");
                    list.Add(new MolecularTest(id, date, null, new Specimen(kind, specimen?.SpecimenSite), TestMethod.Unspecified, null, entry.Meta["gene_panel"], TestStatus.Reported, [.. group], note));
                }
            }

            return tests;
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

        /// <summary>
        /// The diagnosis from the cancer type: the samples' ONCOTREE_CODE, else the patient's, else a
        /// CANCER_TYPE_DETAILED or CANCER_TYPE the knowledge base names as a tumor type, else the
        /// study's type_of_cancer. A code that is no histology of the catalog is recorded as other
        /// with its code; samples that disagree are recorded as other with every code.
        /// </summary>
        private (Diagnosis Diagnosis, string? Code) Diagnosis(ClinicalRow? patient, List<ClinicalRow> samples)
        {
            var sampleCodes = samples.Select(s => (s.Id, Code: s.Get("ONCOTREE_CODE"))).Where(s => s.Code is not null).ToList();
            string? code;
            string where;
            string? name = null;
            if (sampleCodes.Select(s => s.Code!.ToUpperInvariant()).Distinct(StringComparer.Ordinal).Count() > 1)
            {
                var text = "the samples' ONCOTREE_CODE values disagree (" + string.Join(", ", sampleCodes.Select(s => $"{s.Id} {s.Code}")) + "): recorded as other with every code";
                return (MakeDiagnosis(Histology.Other, text), string.Join("/", sampleCodes.Select(s => s.Code).Distinct(StringComparer.OrdinalIgnoreCase)));
            }

            if (sampleCodes.Count > 0)
            {
                (code, where) = (sampleCodes[0].Code, "ONCOTREE_CODE of the sample(s)");
            }
            else if (patient?.Get("ONCOTREE_CODE") is { } patientCode)
            {
                (code, where) = (patientCode, "ONCOTREE_CODE of the patient");
            }
            else if (NamedType(patient, samples) is { } named)
            {
                (code, where, name) = (named.Code, $"{named.Column} '{named.Name}' (a tumor type of the knowledge base)", named.Name);
            }
            else
            {
                (code, where, name) = (_study!["type_of_cancer"], $"the study's type_of_cancer ({MetaStudy})", _cancerTypeName);
            }

            var histology = Enum.GetValues<Histology>().Where(h => HistologyCatalog.OncoTreeCode(h) is { } c && c.Equals(code, StringComparison.OrdinalIgnoreCase)).Cast<Histology?>().FirstOrDefault();
            var written = $"{code}{(name is null || name.Equals(code, StringComparison.OrdinalIgnoreCase) ? string.Empty : $" ({name})")} from {where}";
            return histology is { } h
                ? (MakeDiagnosis(h, $"OncoTree {written}"), code)
                : (MakeDiagnosis(Histology.Other, $"cancer type {written}: not a histology of the knowledge base, recorded as other with its code"), code);
        }

        private (string Code, string Column, string Name)? NamedType(ClinicalRow? patient, List<ClinicalRow> samples)
        {
            foreach (var column in new[] { "CANCER_TYPE_DETAILED", "CANCER_TYPE" })
            {
                foreach (var row in samples.Append(patient).OfType<ClinicalRow>())
                {
                    if (row.Get(column) is { } name && kb.FindTumorType(name) is { } type)
                    {
                        return (type.Code, column, name);
                    }
                }
            }

            return null;
        }

        private static Diagnosis MakeDiagnosis(Histology histology, string text) =>
            new("dx1", DiagnosisEvent.Initial, null, histology, text, null, DiseaseExtent.Unknown, [], null,
                "From the cBioPortal study; the study files give no diagnosis date (timeline day 0 is the study's index event, which becomes a date only with --index-date or --anchors).");

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
