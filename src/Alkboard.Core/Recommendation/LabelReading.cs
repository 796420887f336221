using System.Collections.Immutable;
using Alkboard.Core.Cases;
using Alkboard.Core.Knowledge;

namespace Alkboard.Core.Recommendation;

/// <summary>
/// What the labels say about this patient (issue 12, item 3): permanent-discontinuation criteria
/// met by the recorded adverse events, withhold-and-resume rules, shared class risks carried to
/// the next drug, organ-function dose modifications from the latest recorded organ function,
/// interactions with the medications taken at the decision, and pregnancy. Pure: reads the case
/// as of the decision and the knowledge base's label rules.
/// </summary>
internal sealed class LabelReading(PatientCase c, KnowledgeBase kb, PartialDate? decisionDate)
{
    /// <summary>CTCAE v5 total bilirubin grades as multiples of ULN (ctcae5-liver): grade 2 > 1.5–3, grade 3 > 3–10, grade 4 > 10.</summary>
    private static readonly (int Grade, decimal Above, decimal AtMost)[] BilirubinGrades = [(1, 1m, 1.5m), (2, 1.5m, 3m), (3, 3m, 10m), (4, 10m, 1000m)];

    /// <summary>The permanent-discontinuation rule the record meets for a drug, with the events that meet it.</summary>
    public (LabelRule Rule, ImmutableArray<AdverseEvent> Events)? Discontinuation(DrugName drug) =>
        Matched(drug, LabelAction.PermanentlyDiscontinue).Cast<(LabelRule, ImmutableArray<AdverseEvent>)?>().FirstOrDefault();

    /// <summary>A withhold-and-resume rule the record meets for a drug (the label lets the patient resume).</summary>
    public (LabelRule Rule, ImmutableArray<AdverseEvent> Events)? Resumable(DrugName drug) =>
        Matched(drug, LabelAction.WithholdAndResume).Cast<(LabelRule, ImmutableArray<AdverseEvent>)?>().FirstOrDefault();

    /// <summary>Shared class risks: an event of a risk on another drug (meeting that drug's discontinuation rule, or grade 3 or more) warns on this drug when its label warns of the same risk.</summary>
    public IEnumerable<string> ClassRisks(DrugName drug)
    {
        var warned = kb.LabelRules.Where(r => r.Drug == drug.Value && r.Risk is not null && r.Action is LabelAction.Warning or LabelAction.PermanentlyDiscontinue)
            .GroupBy(r => r.Risk!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var risk in kb.LabelRisks.Where(r => warned.ContainsKey(r.Id)))
        {
            var events = c.AdverseEvents.Where(e => e.Drug is { } other && other != drug && risk.Matches(e.Term)).ToList();
            var serious = events.Where(e => e.Grade >= 3 || (e.Drug is { } d && Discontinuation(d) is { } stop && stop.Rule.Risk == risk.Id)).ToList();
            if (serious.Count == 0)
            {
                continue;
            }

            var rule = warned[risk.Id];
            var prior = string.Join("; ", serious.Select(e => $"grade {e.Grade?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "not stated"} {e.Term} on {e.Drug}"));
            yield return $"class risk, {risk.Name}: {prior}; the {drug} label warns of it too ({rule.Section}): {rule.Text} [{string.Join(", ", kb.References(rule.Citations))}]";
        }
    }

    /// <summary>The organ-function dose modifications that apply, and what could not be judged for lack of data.</summary>
    public (ImmutableArray<LabelRule> Apply, ImmutableArray<string> Unknown) OrganDoses(DrugName drug)
    {
        var apply = ImmutableArray.CreateBuilder<LabelRule>();
        var unknown = ImmutableArray.CreateBuilder<string>();
        var (bilirubin, bilirubinFrom) = Bilirubin();
        var childPugh = Latest(s => s.ChildPugh is not null)?.ChildPugh;
        var clearance = Latest(s => s.CreatinineClearanceMlMin is not null);
        foreach (var rule in kb.LabelRules.Where(r => r.Drug == drug.Value && r.Action == LabelAction.OrganDose && r.Organ is not null))
        {
            var o = rule.Organ!;
            if (o.Kind == "hepatic" && o.ChildPugh is { } needed)
            {
                if (childPugh is { } cp)
                {
                    if (cp == needed)
                    {
                        apply.Add(rule);
                    }
                }
                else if (bilirubin is { } b && b.High > 1.5m)
                {
                    unknown.Add($"{rule.Text} — Child-Pugh class is not recorded (bilirubin {bilirubinFrom} alone does not give it): the rule cannot be applied or excluded");
                }
            }
            else if (o.Kind == "hepatic")
            {
                var above = o.BilirubinXUlnAbove ?? decimal.MinValue;
                var atMost = o.BilirubinXUlnAtMost ?? decimal.MaxValue;
                if (bilirubin is { } b && (b.Point ? b.Low > above && b.Low <= atMost : b.Low >= above && b.High <= atMost))
                {
                    apply.Add(rule);
                }
                else if (bilirubin is { Point: false } band && band.High > above && band.Low < atMost)
                {
                    unknown.Add($"{rule.Text} — bilirubin {bilirubinFrom} may or may not meet it");
                }
            }
            else if (o.Kind == "renal" && o.NotOnDialysis && clearance?.Dialysis == true)
            {
                unknown.Add($"{rule.Text} — the patient is on dialysis, which this rule does not cover: the label gives no dose for it here");
            }
            else if (o.Kind == "renal" && clearance?.CreatinineClearanceMlMin is { } crcl)
            {
                if ((o.CreatinineClearanceBelow is null || crcl < o.CreatinineClearanceBelow) && (o.CreatinineClearanceAtLeast is null || crcl >= o.CreatinineClearanceAtLeast)
                    && !(o.NotOnDialysis && clearance.Dialysis == true))
                {
                    apply.Add(rule);
                }
            }
        }

        return (apply.ToImmutable(), unknown.ToImmutable());
    }

    /// <summary>A contraindication with a medication taken on the decision date, or null.</summary>
    public string? Contraindication(DrugName drug)
    {
        var taken = Taken();
        return kb.LabelRules.Where(r => r.Drug == drug.Value && r.Action == LabelAction.Contraindication)
            .SelectMany(rule => taken.Where(m => m.Interaction == rule.Interaction).Select(m => $"{m.Name} ({CaseWords.Of(m.Interaction).Replace('_', ' ')}): {rule.Text} ({rule.Section}) [{string.Join(", ", kb.References(rule.Citations))}]"))
            .FirstOrDefault();
    }

    private List<ConcomitantMedication> Taken() => [.. c.Medications.Where(m => m.End is not { } end || decisionDate is not { } on || !end.IsCertainlyBefore(on))];

    /// <summary>Interactions of the label with the medications taken on the decision date.</summary>
    public IEnumerable<string> Interactions(DrugName drug)
    {
        var taken = Taken();
        foreach (var rule in kb.LabelRules.Where(r => r.Drug == drug.Value && r.Action == LabelAction.Interaction))
        {
            foreach (var m in taken.Where(m => m.Interaction == rule.Interaction))
            {
                yield return $"{m.Name} ({CaseWords.Of(m.Interaction).Replace('_', ' ')}): {rule.Text} ({rule.Section}) [{string.Join(", ", kb.References(rule.Citations))}]";
            }
        }

        foreach (var m in taken.Where(m => m.Interaction == MedicationInteraction.Unknown))
        {
            yield return $"{m.Name}: interaction class not recorded: check it against the {drug} label";
        }
    }

    /// <summary>The latest recorded pregnancy or breastfeeding, when true at the decision.</summary>
    public string? PregnancyOrBreastfeeding()
    {
        var s = Latest(x => x.Pregnant is not null || x.Breastfeeding is not null);
        return s switch
        {
            { Pregnant: true } => $"pregnant ({s.Date})",
            { Breastfeeding: true } => $"breastfeeding ({s.Date})",
            _ => null,
        };
    }

    private IEnumerable<(LabelRule Rule, ImmutableArray<AdverseEvent> Events)> Matched(DrugName drug, LabelAction action)
    {
        var events = c.AdverseEvents.Where(e => e.Drug == drug).ToList();
        foreach (var rule in kb.LabelRules.Where(r => r.Drug == drug.Value && r.Action == action))
        {
            var met = rule.Events.Select(criterion => events.FirstOrDefault(e => criterion.Matches(e.Term) && e.Grade >= criterion.MinGrade)).ToList();
            if (met.All(e => e is not null))
            {
                yield return (rule, [.. met.OfType<AdverseEvent>()]);
            }
        }
    }

    private PatientStatus? Latest(Func<PatientStatus, bool> has) =>
        c.PatientStatus.Where(has).Where(s => decisionDate is not { } on || s.Date is not { } d || !d.IsCertainlyAfter(on))
            .OrderBy(s => s.Date?.Latest ?? DateOnly.MinValue).LastOrDefault();

    /// <summary>The latest total bilirubin, as a range of multiples of ULN: a measured value, or the CTCAE grade of a recorded "blood bilirubin increased" event (ctcae5-liver).</summary>
    private ((decimal Low, decimal High, bool Point)? Range, string From) Bilirubin()
    {
        var measured = Latest(s => s.TotalBilirubinXUln is not null);
        var graded = c.AdverseEvents.Where(e => e.Grade is not null && e.Term.Contains("bilirubin increased", StringComparison.OrdinalIgnoreCase))
            .OrderBy(e => e.Onset?.Latest ?? DateOnly.MinValue).LastOrDefault();
        var measuredDay = measured?.Date?.Latest ?? DateOnly.MinValue;
        var gradedDay = graded?.Onset?.Latest ?? DateOnly.MinValue;
        if (measured is not null && measuredDay >= gradedDay)
        {
            var v = measured.TotalBilirubinXUln!.Value;
            return ((v, v, true), $"{v.ToString(System.Globalization.CultureInfo.InvariantCulture)} x ULN ({measured.Date})");
        }

        if (graded is not null && BilirubinGrades.FirstOrDefault(g => g.Grade == graded.Grade) is { Grade: > 0 } band)
        {
            return ((band.Above, band.AtMost, false), $"grade {band.Grade} ({band.Above.ToString(System.Globalization.CultureInfo.InvariantCulture)}–{band.AtMost.ToString(System.Globalization.CultureInfo.InvariantCulture)} x ULN, CTCAE v5) on {graded.Onset}");
        }

        return (null, "not recorded");
    }
}
