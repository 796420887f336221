namespace Alkboard.Core.Cases.Loading;

internal static partial class CaseValidator
{
    private sealed partial class Checker
    {
        public void Observations()
        {
            var lesions = c.Lesions.GroupBy(l => l.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var lineNumbers = c.TherapyLines.Select(l => l.Number).ToHashSet();
            foreach (var test in c.MolecularTests.Where(t => t.Line is { } n && !lineNumbers.Contains(n)))
            {
                Error(CaseErrorCodes.UnknownLine, $"molecular test '{test.Id}' refers to line {test.Line}, which 'therapyLines' does not have", At(test, "line"));
            }

            foreach (var assessment in c.Assessments)
            {
                if (assessment.Line is { } line && !lineNumbers.Contains(line))
                {
                    Error(CaseErrorCodes.UnknownLine, $"assessment '{assessment.Id}' refers to line {line}, which 'therapyLines' does not have", At(assessment, "line"));
                }

                foreach (var o in assessment.Observations)
                {
                    if (!lesions.TryGetValue(o.LesionId, out var lesion))
                    {
                        var hint = NearestName.Suggest(o.LesionId, lesions.Keys);
                        Error(CaseErrorCodes.UnknownLesion,
                            $"assessment '{assessment.Id}' observes lesion '{o.LesionId}', which 'lesions' never introduces" + (hint is null ? string.Empty : $" (did you mean '{hint}'?)"),
                            At(o, "lesion"));
                        continue;
                    }

                    if (o.State == LesionState.Measured && o.SizeMm is null)
                    {
                        Error(CaseErrorCodes.InvalidMeasurement, $"lesion '{o.LesionId}' is measured but has no 'sizeMm'", At(o));
                    }
                    else if (o.SizeMm is not null && o.State != LesionState.Measured)
                    {
                        Error(CaseErrorCodes.InvalidMeasurement, $"lesion '{o.LesionId}' has a size but its state is '{CaseWords.Of(o.State)}'; give one or the other", At(o, "sizeMm"));
                    }
                    else if (lesion.Category == LesionCategory.NonTarget && o.State is LesionState.Measured or LesionState.TooSmallToMeasure)
                    {
                        Error(CaseErrorCodes.InvalidMeasurement, $"lesion '{o.LesionId}' is non-target: record it as present, disappeared or unequivocal_progression, not measured", At(o));
                    }
                }
            }
        }

        public void AdverseEventDrugs()
        {
            var drugs = c.TherapyLines.SelectMany(l => l.Agents).Select(a => a.Drug).ToHashSet();
            foreach (var ae in c.AdverseEvents)
            {
                if (ae.Drug is { } drug && !drugs.Contains(drug))
                {
                    var hint = NearestName.Suggest(drug.Value, drugs.Select(d => d.Value));
                    Error(CaseErrorCodes.UnknownDrug, $"adverse event '{ae.Term}' is attributed to '{drug}', which no line gives" + (hint is null ? string.Empty : $" (did you mean '{hint}'?)"), At(ae, "drug"));
                }
            }
        }

        public void Outcome()
        {
            if (c.Outcome is not { } outcome)
            {
                return;
            }

            if (outcome.VitalStatus != VitalStatus.Dead && (outcome.DeathDate is not null || outcome.CauseOfDeath is not null))
            {
                Error(CaseErrorCodes.InconsistentOutcome, "a death date or cause is given but 'vitalStatus' is not 'dead'", At(outcome, "vitalStatus"));
            }

            if (outcome.DeathDate is not { } death)
            {
                return;
            }

            foreach (var (item, field, date, what) in DatedEvents())
            {
                if (date.IsCertainlyAfter(death))
                {
                    Error(CaseErrorCodes.AfterDeath, $"{what} is dated {date}, after death on {death}", At(item, field));
                }
            }
        }

        public void BeforeDiagnosis()
        {
            var first = c.Diagnoses.Where(d => d.Date is not null).Select(d => d.Date!.Value).DefaultIfEmpty().Min();
            if (first == default)
            {
                return;
            }

            foreach (var (item, field, date, what) in DatedEvents())
            {
                if (date.IsCertainlyBefore(first) && item is not MolecularTest)
                {
                    Error(CaseErrorCodes.BeforeDiagnosis, $"{what} is dated {date}, before the first diagnosis ({first})", At(item, field));
                }
            }
        }

        private IEnumerable<(object Item, string Field, PartialDate Date, string What)> DatedEvents()
        {
            foreach (var line in c.TherapyLines)
            {
                if (line.Start is { } start)
                {
                    yield return (line, "start", start, $"the start of line {line.Number}");
                }
            }

            foreach (var t in c.MolecularTests.Where(t => t.Date is not null))
            {
                yield return (t, "date", t.Date!.Value, $"molecular test '{t.Id}'");
            }

            foreach (var t in c.LocalTherapies.Where(t => t.Date is not null))
            {
                yield return (t, "date", t.Date!.Value, $"{CaseWords.Of(t.Kind)} '{t.Id}'");
            }

            foreach (var a in c.Assessments.Where(a => a.Date is not null))
            {
                yield return (a, "date", a.Date!.Value, $"assessment '{a.Id}'");
            }

            if (c.Outcome is { LastFollowUp: { } followUp } outcome)
            {
                yield return (outcome, "lastFollowUp", followUp, "the last follow-up");
            }
        }
    }
}
