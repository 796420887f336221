using Alkboard.Core.Diagnostics;

namespace Alkboard.Core.Cases.Loading;

/// <summary>
/// Checks of meaning that structure cannot express: ordering of dates, overlapping lines of one
/// drug, references between parts of the case, and consistency of the outcome. A date
/// comparison fails only when it fails for every day the partial dates allow.
/// </summary>
internal static partial class CaseValidator
{
    public static void Validate(PatientCase patientCase, CaseItemPaths paths, BindingContext context)
    {
        var check = new Checker(patientCase, paths, context);
        check.UniqueIds();
        check.LineNumbers();
        check.LineDates();
        check.OverlappingLines();
        check.DoseChanges();
        check.LocalTherapyDates();
        check.Observations();
        check.AdverseEventDrugs();
        check.Outcome();
        check.BeforeDiagnosis();
        check.LineOrder();
        check.ConcurrentAlkInhibitors();
        check.AgeAtDiagnosis();
    }

    private sealed partial class Checker(PatientCase c, CaseItemPaths paths, BindingContext context)
    {
        private SourceLocation At(object item, string? field = null) =>
            context.LocationOf(field is null ? paths.Of(item) : $"{paths.Of(item)}.{field}");

        private void Error(string code, string message, SourceLocation location) => context.Error(code, message, location);

        public void UniqueIds()
        {
            Unique(c.Diagnoses, d => d.Id, "diagnosis");
            Unique(c.MolecularTests, t => t.Id, "molecular test");
            Unique(c.LocalTherapies, t => t.Id, "local therapy");
            Unique(c.Lesions, l => l.Id, "lesion");
            Unique(c.Assessments, a => a.Id, "assessment");
        }

        private void Unique<T>(IEnumerable<T> items, Func<T, string> id, string what) where T : class
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in items)
            {
                if (!seen.Add(id(item)))
                {
                    Error(CaseErrorCodes.DuplicateId, $"{what} id '{id(item)}' is used twice", At(item, "id"));
                }
            }
        }

        public void LineNumbers()
        {
            var seen = new HashSet<int>();
            for (var i = 0; i < c.TherapyLines.Length; i++)
            {
                var line = c.TherapyLines[i];
                if (!seen.Add(line.Number))
                {
                    Error(CaseErrorCodes.DuplicateId, $"line {line.Number} is given twice", At(line, "line"));
                }
                else if (line.Number != i + 1)
                {
                    Error(CaseErrorCodes.LineNumbering, $"line numbers run 1, 2, 3, … in order; entry {i + 1} says line {line.Number}", At(line, "line"));
                }
            }
        }

        public void LineDates()
        {
            foreach (var line in c.TherapyLines)
            {
                if (line is { Start: { } start, End: { } end } && end.IsCertainlyBefore(start))
                {
                    Error(CaseErrorCodes.EndBeforeStart, $"line {line.Number} ends ({end}) before it starts ({start})", At(line, "end"));
                }

                if (line.ReasonStopped == StopReason.Ongoing && line.End is { } ongoingEnd)
                {
                    Error(CaseErrorCodes.OngoingWithEnd, $"line {line.Number} is ongoing but has an end date ({ongoingEnd})", At(line, "end"));
                }
            }
        }

        public void OverlappingLines()
        {
            var lines = c.TherapyLines.Where(l => l.Start is not null).ToList();
            for (var i = 0; i < lines.Count; i++)
            {
                for (var j = i + 1; j < lines.Count; j++)
                {
                    var (first, second) = lines[i].Start!.Value <= lines[j].Start!.Value ? (lines[i], lines[j]) : (lines[j], lines[i]);
                    var shared = first.Agents.Select(a => a.Drug).Intersect(second.Agents.Select(a => a.Drug)).Select(d => d.Value).FirstOrDefault();
                    if (shared is not null && CertainlyOverlap(first, second))
                    {
                        Error(CaseErrorCodes.OverlappingLines,
                            $"lines {first.Number} and {second.Number} both give {shared} over overlapping periods; end line {first.Number} before line {second.Number} starts",
                            At(second, "start"));
                    }
                }
            }
        }

        /// <summary>The second line starts, for certain, before the first one has ended.</summary>
        private static bool CertainlyOverlap(TherapyLine first, TherapyLine second)
        {
            var secondStart = second.Start!.Value;
            if (first.End is { } end)
            {
                return secondStart.Latest < end.Earliest;
            }

            return first.ReasonStopped == StopReason.Ongoing && secondStart.Earliest >= first.Start!.Value.Latest;
        }

        public void DoseChanges()
        {
            foreach (var line in c.TherapyLines)
            {
                foreach (var change in line.DoseChanges)
                {
                    if (!line.Agents.Any(a => a.Drug == change.Drug))
                    {
                        Error(CaseErrorCodes.UnknownDrug, $"dose change for '{change.Drug}', which line {line.Number} does not give ({line.DrugsText})", At(change, "drug"));
                    }

                    if (change.Date is { } date
                        && ((line.Start is { } start && date.IsCertainlyBefore(start)) || (line.End is { } end && date.IsCertainlyAfter(end))))
                    {
                        Error(CaseErrorCodes.DoseChangeOutsideLine, $"dose change on {date} is outside line {line.Number} ({line.Start?.Text ?? "?"} to {line.End?.Text ?? "?"})", At(change, "date"));
                    }
                }
            }
        }

        public void LocalTherapyDates()
        {
            foreach (var therapy in c.LocalTherapies)
            {
                if (therapy is { Date: { } start, End: { } end } && end.IsCertainlyBefore(start))
                {
                    Error(CaseErrorCodes.EndBeforeStart, $"{CaseWords.Of(therapy.Kind)} '{therapy.Id}' ends ({end}) before it starts ({start})", At(therapy, "end"));
                }
            }
        }
    }
}
