using System.Collections.Immutable;
using Alkboard.Core.Cases;
using Alkboard.Core.Cases.Loading;

namespace Alkboard.Core.Import.Cbioportal;

/// <summary>One row of a timeline file: days relative to the study's index event (cBioPortal: the diagnosis), the event type and the columns Alkboard reads.</summary>
internal sealed record TimelineRow(
    string File,
    int Line,
    string PatientId,
    long Start,
    long? Stop,
    string EventType,
    string? AgentWritten,
    DrugName? Agent,
    string? Status,
    string? SampleId,
    string? SpecimenSite,
    string? SpecimenType,
    string? TreatmentType)
{
    /// <summary>"file:line" for notes and the summary.</summary>
    public string At => $"{File}:{Line}";
}

/// <summary>A timeline file read whole.</summary>
internal sealed record TimelineTable(ImmutableArray<TimelineRow> Rows, StudyFileImport File);

/// <summary>
/// Reads a cBioPortal timeline file (datatype TIMELINE): PATIENT_ID, START_DATE, STOP_DATE (empty
/// for an event at one time point), EVENT_TYPE, then the event's own columns. START_DATE and
/// STOP_DATE are whole numbers of days from the index event, never dates. A TREATMENT row's AGENT
/// is resolved through the knowledge base's drug vocabulary as case loading does: an agent it does
/// not know is an error naming the nearest name. A row whose TREATMENT_TYPE says local therapy
/// (<see cref="IsLocalTherapy"/>) keeps its AGENT as written, unresolved.
/// </summary>
internal static class TimelineReader
{
    private static readonly string[] Required = ["PATIENT_ID", "START_DATE", "STOP_DATE", "EVENT_TYPE"];

    private static readonly char[] WordSeparators = [' ', ',', ';', '/', '+', '(', ')', '&'];

    /// <summary>The TREATMENT_TYPE values read as local therapy (radiotherapy, surgery).</summary>
    public static readonly ImmutableArray<string> LocalTherapyTypes = ["Radiation Therapy", "Radiation", "Radiotherapy", "Surgery"];

    public static TimelineTable Read(string path, string? meta, IDrugVocabulary vocabulary)
    {
        var collector = new StudyFileCollector(path, StudyTsv.Sha256Of(path), meta, "TIMELINE");
        var rows = ImmutableArray.CreateBuilder<TimelineRow>();
        using (var lines = LabFileLines.Open(path))
        {
            Read(lines, collector, vocabulary, rows);
        }

        return new TimelineTable(rows.ToImmutable(), collector.Build());
    }

    private static void Read(LabFileLines lines, StudyFileCollector collector, IDrugVocabulary vocabulary, ImmutableArray<TimelineRow>.Builder rows)
    {
        var header = StudyTsv.HeaderLine(lines);

        if (header is null)
        {
            collector.Error(ImportErrorCodes.Empty, "the timeline file has no column header line (PATIENT_ID START_DATE STOP_DATE EVENT_TYPE ...)", lines.Number);
            return;
        }

        var columns = StudyTsv.Split(header).Select(c => c.Trim()).ToArray();
        var index = StudyTsv.Index(columns);
        var missing = Required.Where(c => !index.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            collector.Error(ImportErrorCodes.TimelineFile, $"the header lacks the column(s) {string.Join(", ", missing)}; a timeline file starts PATIENT_ID, START_DATE, STOP_DATE, EVENT_TYPE", lines.Number);
            return;
        }

        var name = collector.Name;
        foreach (var f in StudyTsv.Rows(lines, collector, columns.Length, ImportErrorCodes.TimelineFile))
        {
            collector.Count("timeline rows");
            string? Value(string column) => index.TryGetValue(column, out var i) && f[i].Trim() is { Length: > 0 } v && !v.Equals("NA", StringComparison.OrdinalIgnoreCase) ? v : null;
            var patient = Value("PATIENT_ID");
            var eventType = Value("EVENT_TYPE");
            var ok = true;
            if (patient is null || eventType is null)
            {
                collector.Error(ImportErrorCodes.TimelineFile, patient is null ? "PATIENT_ID is empty" : "EVENT_TYPE is empty", lines.Number, index[patient is null ? "PATIENT_ID" : "EVENT_TYPE"] + 1);
                ok = false;
            }

            var startText = f[index["START_DATE"]].Trim();
            if (!StudyTsv.TryWhole(startText, out var start))
            {
                collector.Error(ImportErrorCodes.TimelineFile, $"START_DATE is '{startText}', not a whole number of days from the index event", lines.Number, index["START_DATE"] + 1);
                ok = false;
            }

            long? stop = null;
            var stopText = f[index["STOP_DATE"]].Trim();
            if (stopText.Length > 0)
            {
                if (!StudyTsv.TryWhole(stopText, out var s))
                {
                    collector.Error(ImportErrorCodes.TimelineFile, $"STOP_DATE is '{stopText}', not a whole number of days (leave it empty for an event at one time point)", lines.Number, index["STOP_DATE"] + 1);
                    ok = false;
                }
                else if (ok && s < start)
                {
                    collector.Error(ImportErrorCodes.TimelineFile, $"STOP_DATE {s} is before START_DATE {start}", lines.Number, index["STOP_DATE"] + 1);
                    ok = false;
                }
                else
                {
                    stop = s;
                }
            }

            var agentText = Value("AGENT");
            var treatmentType = Value("TREATMENT_TYPE");
            DrugName? agent = null;
            if (ok && eventType!.Equals("TREATMENT", StringComparison.OrdinalIgnoreCase) && agentText is not null && !IsLocalTherapy(treatmentType))
            {
                agent = vocabulary.Resolve(agentText);
                if (agent is null)
                {
                    var (suggestion, hint) = Suggestion(agentText, vocabulary);
                    var hints = new[] { hint, "one agent per row, as the vocabulary names it", treatmentType is null ? $"a row of local therapy says so in TREATMENT_TYPE ({string.Join(", ", LocalTherapyTypes)})" : null };
                    collector.Error(ImportErrorCodes.TimelineFile,
                        $"AGENT '{agentText}' is not in the drug vocabulary of knowledge base {vocabulary.Release}{suggestion} ({string.Join("; ", hints.OfType<string>())})",
                        lines.Number, index["AGENT"] + 1);
                    ok = false;
                }
            }

            if (ok)
            {
                rows.Add(new TimelineRow(name, lines.Number, patient!, start, stop, eventType!.ToUpperInvariant(), agentText, agent, Value("STATUS"), Value("SAMPLE_ID"),
                    Value("SPECIMEN_SITE"), Value("SPECIMEN_TYPE"), treatmentType));
            }
        }
    }

    /// <summary>
    /// True when a TREATMENT row's TREATMENT_TYPE says it is no drug: cBioPortal's format suggests
    /// "Medical Therapy or Radiation Therapy", and for radiotherapy its AGENT is the dose given, not a
    /// drug (File-Formats.md, Timeline Data, EVENT_TYPE TREATMENT). Such a row is local therapy and
    /// its AGENT is not matched against the drug vocabulary; exact words only, so that a
    /// chemoradiation row with a drug still goes through the vocabulary.
    /// </summary>
    public static bool IsLocalTherapy(string? treatmentType) =>
        treatmentType is not null && LocalTherapyTypes.Contains(treatmentType.Trim(), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// What to suggest for an AGENT the vocabulary does not know: the nearest spelling (as case
    /// loading suggests it), else the vocabulary drug that one word of the cell names ("Alectinib
    /// Hydrochloride": a salt form, or a dose written after the name), never applied silently; words
    /// naming several drugs are named as several agents (one agent per row).
    /// </summary>
    private static (string Suggestion, string? Hint) Suggestion(string written, IDrugVocabulary vocabulary)
    {
        if (NearestName.Suggest(written, vocabulary.Spellings) is { } nearest)
        {
            return ($"; did you mean '{nearest}'?", null);
        }

        var named = written.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(vocabulary.Resolve).OfType<DrugName>().Distinct().ToList();
        return named.Count switch
        {
            1 => ($"; did you mean '{named[0]}'?", "one of its words is that name; a salt form or a dose is not part of a drug's name"),
            > 1 => ($"; its words name {string.Join(" and ", named.Select(n => $"'{n}'"))}", null),
            _ => (string.Empty, null),
        };
    }
}
