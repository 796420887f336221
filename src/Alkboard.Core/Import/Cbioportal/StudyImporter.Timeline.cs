using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Alkboard.Core.Cases;

namespace Alkboard.Core.Import.Cbioportal;

// Timeline rows placed by the anchors: lines of therapy, assessments and dated molecular tests.
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
                case "TREATMENT" when row.Agent is null && row.AgentWritten is { } written:
                    return $"a {row.TreatmentType} TREATMENT row (AGENT '{written}'): local therapy, not a line of systemic therapy (its AGENT is not a drug)";
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

        /// <summary>Timeline day <paramref name="days"/> after the anchor (one day: coarser anchors are refused before, AnchorFile.DayOnly). Null outside the years a case accepts.</summary>
        private static PartialDate? Day(PartialDate anchor, long days)
        {
            const long Span = 366L * (PartialDate.MaxYear - PartialDate.MinYear);
            if (days is < -Span or > Span)
            {
                return null;
            }

            var day = anchor.Earliest.AddDays((int)days);
            return day.Year is < PartialDate.MinYear or > PartialDate.MaxYear ? null : PartialDate.FromDay(day);
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

        /// <summary>
        /// The treatment rows of one line: the rows that start on one day (a combination), with the
        /// back-to-back rows of the same agents merged into it (<see cref="Lines"/>).
        /// </summary>
        private sealed class LineRows(List<TimelineRow> first)
        {
            public List<TimelineRow> Rows { get; } = [.. first];

            /// <summary>Each row merged into the line, with the STOP_DATE it continues.</summary>
            public List<(TimelineRow Row, long After)> Merged { get; } = [];

            public long Start => Rows[0].Start;

            /// <summary>The latest STOP_DATE when every row has one, else null (the line has no stated end).</summary>
            public long? Stop => Rows.All(r => r.Stop is not null) ? Rows.Max(r => r.Stop!.Value) : null;

            public List<DrugName> Agents => [.. Rows.Select(r => r.Agent!.Value).Distinct()];

            public string Text => string.Join(" + ", Agents);

            public bool SameAgents(IEnumerable<TimelineRow> rows) => Agents.ToHashSet().SetEquals(rows.Select(r => r.Agent!.Value));
        }

        /// <summary>
        /// The patient's lines of therapy. Rows that start on the same day form one line (a
        /// combination); each other start day begins the next line, in day order, except that rows of
        /// the same agent(s) starting on, or one day after, the line's last STOP_DATE continue it (a
        /// refill or dose-change row, noted on the line). A line that starts before an earlier line with
        /// other agents ends is kept separate and warned (<see cref="ImportErrorCodes.OverlappingTreatmentRows"/>):
        /// which rows the study meant as one combination is not guessed. A row without STOP_DATE
        /// (<see cref="ImportErrorCodes.OpenTreatment"/>): on the last line of a living patient the line
        /// is ongoing, unless an ALK inhibitor of the line has stopped (its rows have a STOP_DATE: an
        /// ongoing line would make it the current therapy); otherwise it has no end and reason unknown,
        /// and the note says why.
        /// </summary>
        private List<TherapyLine> Lines(string patient, PatientTimeline timeline, bool dead)
        {
            if (Anchor(patient) is not { } anchor)
            {
                return [];
            }

            var runs = new List<LineRows>();
            foreach (var group in timeline.Treatments.GroupBy(r => r.Start).OrderBy(g => g.Key))
            {
                var rows = group.ToList();
                if (runs.Count > 0 && runs[^1] is { Stop: { } stop } last && last.SameAgents(rows) && group.Key - stop is 0 or 1)
                {
                    last.Merged.AddRange(rows.Select(r => (r, stop)));
                    last.Rows.AddRange(rows);
                    continue;
                }

                runs.Add(new LineRows(rows));
            }

            var lines = new List<TherapyLine>();
            for (var i = 0; i < runs.Count; i++)
            {
                var run = runs[i];
                var number = i + 1;
                Overlaps(patient, runs, i);
                var note = new StringBuilder($"From the cBioPortal timeline, days from the index date {anchor}: " +
                    string.Join("; ", run.Rows.Select(r => $"{r.AgentWritten} day {r.Start}{(r.Stop is { } s ? $" to {s}" : ", no STOP_DATE")} ({r.At})")) + ".");
                if (run.Merged.Count > 0)
                {
                    note.Append(CultureInfo.InvariantCulture, $" One continuous line: {string.Join("; ", run.Merged.Select(m => $"{m.Row.At} starts on day {m.Row.Start}, {(m.Row.Start == m.After ? "the line's STOP_DATE" : $"the day after the line's STOP_DATE {m.After}")}"))} (back-to-back rows of {run.Text}, merged).");
                }

                var reason = StopReason.Unknown;
                if (run.Rows.Where(r => r.Stop is null).ToList() is { Count: > 0 } open)
                {
                    var rows = string.Join(", ", open.Select(r => $"{r.At} ({r.AgentWritten} from day {r.Start})"));
                    string written;
                    if (i + 1 < runs.Count)
                    {
                        written = $"line {number} ({run.Text}) is written without an end and with reason unknown: line {number + 1} starts on day {runs[i + 1].Start}, and the study does not say when, or whether, line {number} ended";
                    }
                    else if (dead)
                    {
                        written = $"line {number} ({run.Text}) is written without an end and with reason unknown: the patient died (OS_STATUS), and the study does not say when the line ended";
                    }
                    else if (StoppedAlkInhibitors(run) is { Count: > 0 } stopped)
                    {
                        written = $"line {number} ({run.Text}) is written without an end and with reason unknown: its rows of {string.Join(", ", stopped)} have a STOP_DATE, " +
                            "and an ongoing line would make them the current therapy (a line has one end in a case; check the line)";
                    }
                    else
                    {
                        reason = StopReason.Ongoing;
                        written = $"line {number} ({run.Text}) is written ongoing: no later line starts, and in cBioPortal a treatment without a stop date is one still given at the data cut-off or whose end is not recorded; nothing in the study ends it";
                    }

                    note.Append(CultureInfo.InvariantCulture, $" No STOP_DATE on {rows}: {written}.");
                    Warn(ImportErrorCodes.OpenTreatment, $"patient {patient}: the TREATMENT row(s) {rows} have no STOP_DATE: {written}", Path.Combine(folder, open[0].File), open[0].Line);
                }

                var end = run.Stop is { } last ? Day(anchor, last) : null;
                if (end is not null)
                {
                    note.Append(" Why the line stopped is not stated in the timeline.");
                }

                lines.Add(new TherapyLine(number, [.. run.Agents.Select(d => new TherapyAgent(d, null))], Day(anchor, run.Start), end, reason, [], null, null, note.ToString()));
            }

            return lines;
        }

        /// <summary>The ALK inhibitors of a line (by the drug vocabulary) that no row without STOP_DATE gives: stopped, as the study says.</summary>
        private List<DrugName> StoppedAlkInhibitors(LineRows run)
        {
            var open = run.Rows.Where(r => r.Stop is null).Select(r => r.Agent!.Value).ToHashSet();
            return [.. run.Agents.Where(a => kb.Vocabulary.IsAlkInhibitor(a) && !open.Contains(a))];
        }

        /// <summary>Warns when line <paramref name="i"/> starts before an earlier line with none of its agents ends (a line sharing an agent is the case rules' overlapping-lines check).</summary>
        private void Overlaps(string patient, List<LineRows> runs, int i)
        {
            var run = runs[i];
            var agents = run.Agents.ToHashSet();
            foreach (var (earlier, n) in runs.Take(i).Select((r, k) => (r, k + 1)).Where(e => e.r.Stop is { } stop && run.Start < stop && !e.r.Agents.Any(agents.Contains)))
            {
                Warn(ImportErrorCodes.OverlappingTreatmentRows,
                    $"patient {patient}: line {i + 1} ({run.Text}, from day {run.Start}, {run.Rows[0].At}) starts before line {n} ({earlier.Text}, days {earlier.Start}–{earlier.Stop}, {earlier.Rows[0].At}) ends: " +
                    "rows that start on different days are kept as separate lines, so the lines overlap and their numbers may not be those the study means (a combination started in steps is not merged by guess)",
                    Path.Combine(folder, run.Rows[0].File), run.Rows[0].Line);
            }
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

        /// <summary>
        /// One molecular test per sample and data file, in file order; the sample's SPECIMEN row (when
        /// the timeline has one and an anchor) dates it. The case format has no other way to say when
        /// an undated sample was taken (a test's <c>line</c> is a guess the study does not make), and
        /// recommend --as-of keeps an undated test at every date: a sample of an anchored patient without
        /// a date is a warning (<see cref="ImportErrorCodes.UndatedSample"/>), the samples of patients
        /// without an anchor are counted in a study note.
        /// </summary>
        private Dictionary<string, List<MolecularTest>> Tests(Dictionary<string, PatientTimeline> timelines)
        {
            var tests = new Dictionary<string, List<MolecularTest>>(StringComparer.Ordinal);
            var undated = new HashSet<string>(StringComparer.Ordinal);
            var unanchored = new HashSet<string>(StringComparer.Ordinal);
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
                        (specimen is null ? string.Empty : $"; dated by the timeline {specimen.EventType} row {specimen.At} (day {specimen.Start}){(specimen.SpecimenType is { } t ? $", specimen type '{t}'" : string.Empty)}") +
                        (date is null ? $"; undated ({(anchor is null ? "no anchor for the patient" : "no SPECIMEN row for the sample")}): recommend --as-of counts an undated test as known at any date" : string.Empty);
                    if (date is null && anchor is null)
                    {
                        unanchored.Add(group.Key);
                    }
                    else if (date is null)
                    {
                        undated.Add(group.Key);
                    }

                    list.Add(new MolecularTest(id, date, null, new Specimen(kind, specimen?.SpecimenSite), TestMethod.Unspecified, null, entry.Meta["gene_panel"], TestStatus.Reported, [.. group], note));
                }
            }

            foreach (var sampleRow in _sampleTable!.Rows.Where(r => undated.Contains(r.Id)))
            {
                Warn(ImportErrorCodes.UndatedSample,
                    $"sample {sampleRow.Id} of patient {sampleRow.PatientId} ({SampleType(sampleRow)}) has no SPECIMEN, SAMPLE ACQUISITION or SEQUENCING row in the timeline: its tests are undated, " +
                    "and recommend --as-of counts an undated test as known at any date, also before the sample was taken. Add the sample's SPECIMEN row to the timeline to date it",
                    _sampleTable.File.File, sampleRow.Line, _sampleTable.Columns.IndexOf("SAMPLE_ID") + 1);
            }

            if (unanchored.Count > 0)
            {
                _notes.Add($"{unanchored.Count} sample(s) of patients without an anchor have undated tests (timeline days are dates only with --index-date or --anchors): recommend --as-of counts an undated test as known at any date");
            }

            return tests;
        }
    }
}
