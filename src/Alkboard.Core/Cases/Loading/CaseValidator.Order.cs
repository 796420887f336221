using Alkboard.Core.Diagnostics;

namespace Alkboard.Core.Cases.Loading;

internal static partial class CaseValidator
{
    private sealed partial class Checker
    {
        private void Warn(string code, string message, SourceLocation location) => context.Warn(code, message, location);

        /// <summary>Lines numbered against their dates: an error when certain, a warning when the partial dates allow it (issue 12, item 8).</summary>
        public void LineOrder()
        {
            var dated = c.TherapyLines.Where(l => l.Start is not null).OrderBy(l => l.Number).ToList();
            for (var i = 0; i + 1 < dated.Count; i++)
            {
                var (earlier, later) = (dated[i], dated[i + 1]);
                if (later.Start!.Value.IsCertainlyBefore(earlier.Start!.Value))
                {
                    Error(CaseErrorCodes.LinesOutOfDateOrder,
                        $"line {later.Number} starts {later.Start} but line {earlier.Number} starts {earlier.Start}, later: number the lines in the order they were given", At(later, "start"));
                }
                else if (later.Start.Value.Latest < earlier.Start.Value.Latest && later.Start.Value.Earliest < earlier.Start.Value.Earliest)
                {
                    Warn(CaseErrorCodes.MayBeInconsistent,
                        $"line {later.Number} ({later.Start}) may start before line {earlier.Number} ({earlier.Start}): the partial dates allow either order", At(later, "start"));
                }
            }
        }

        /// <summary>
        /// Two different ALK inhibitors at once: an error when both are ongoing or their periods
        /// certainly overlap; a warning when the partial dates let the later one start before the
        /// earlier one could have ended (a switch within the same month is not flagged).
        /// </summary>
        public void ConcurrentAlkInhibitors()
        {
            var alk = c.TherapyLines.Where(l => l.Start is not null && l.Agents.Any(a => context.Vocabulary.IsAlkInhibitor(a.Drug))).OrderBy(l => l.Start!.Value.Earliest).ToList();
            for (var i = 0; i < alk.Count; i++)
            {
                for (var j = i + 1; j < alk.Count; j++)
                {
                    var (a, b) = (alk[i], alk[j]);
                    if (a.Agents.Select(x => x.Drug).Intersect(b.Agents.Select(x => x.Drug)).Any())
                    {
                        continue; // the same drug twice is the overlapping-lines check (ALK-CASE-021)
                    }

                    var bStart = b.Start!.Value;
                    if (a.ReasonStopped == StopReason.Ongoing && b.ReasonStopped == StopReason.Ongoing)
                    {
                        Error(CaseErrorCodes.ConcurrentAlkInhibitors, $"lines {a.Number} ({a.DrugsText}) and {b.Number} ({b.DrugsText}) are both ongoing: two ALK inhibitors are not given together", At(b, "reasonStopped"));
                    }
                    else if (a.End is { } aEnd && bStart.Latest < aEnd.Earliest)
                    {
                        Error(CaseErrorCodes.ConcurrentAlkInhibitors, $"line {b.Number} ({b.DrugsText}) starts {bStart}, before line {a.Number} ({a.DrugsText}) ends {aEnd}: two ALK inhibitors overlap", At(b, "start"));
                    }
                    else if (a.End is { } maybeEnd && bStart.Earliest < maybeEnd.Earliest)
                    {
                        Warn(CaseErrorCodes.MayBeInconsistent, $"line {b.Number} ({b.DrugsText}, from {bStart}) may start before line {a.Number} ({a.DrugsText}) ends ({maybeEnd})", At(b, "start"));
                    }
                }
            }
        }

        /// <summary>Birth year and age at diagnosis must agree with the first dated diagnosis (age = years since birth, give or take the birthday).</summary>
        public void AgeAtDiagnosis()
        {
            // A birth date and a birth year must name the same year: the age used for dosing and
            // approvals comes from the birth date, the checks below from the year.
            if (c.Patient.BirthDate is { } birthDate && c.Patient.BirthYear is { } year
                && (year < birthDate.Earliest.Year || year > birthDate.Latest.Year))
            {
                Error(CaseErrorCodes.AgeInconsistent, $"birthDate {birthDate} and birthYear {year} disagree", context.LocationOf("$.patient.birthYear"));
            }

            var bornYear = c.Patient.BirthYear ?? (c.Patient.BirthDate is { } bd && bd.Earliest.Year == bd.Latest.Year ? bd.Earliest.Year : null);
            if (bornYear is not { } born || c.Patient.AgeAtDiagnosisYears is not { } age
                || c.Diagnoses.Where(d => d.Date is not null).OrderBy(d => d.Date!.Value.Earliest).FirstOrDefault() is not { } first)
            {
                return;
            }

            var min = first.Date!.Value.Earliest.Year - born - 1;
            var max = first.Date.Value.Latest.Year - born;
            if (age < min || age > max)
            {
                Error(CaseErrorCodes.AgeInconsistent,
                    $"born {born} and diagnosed {first.Date}, the patient was {Math.Max(0, min)}–{max} at diagnosis, not {age}", context.LocationOf("$.patient.ageAtDiagnosis"));
            }
        }
    }
}
