using System.Collections.Immutable;

namespace Alkboard.Core.Cases.Loading;

internal static partial class CaseBinder
{
    private static TherapyLine? BindLine(ObjectReader r, CaseItemPaths paths)
    {
        var number = r.Int("line", 1, 99, required: true);
        var agents = ImmutableArray.CreateBuilder<TherapyAgent>();
        foreach (var (node, path) in r.List("agents", required: true))
        {
            var a = r.Context.Object(node, path, CaseFields.Agent);
            if (a is null)
            {
                continue;
            }

            var outside = a.Bool("outsideVocabulary") ?? false;
            var drug = r.Context.ResolveDrug(a.String("drug", required: true), a.LocationOf("drug"), outside);
            var dose = BindDose(a.Object("dose", CaseFields.Dose));
            if (drug is { } name)
            {
                agents.Add(new TherapyAgent(name, dose, outside, !outside && r.Context.Vocabulary.IsAlkInhibitor(name)));
            }
        }

        var changes = ImmutableArray.CreateBuilder<DoseChange>();
        foreach (var (node, path) in r.List("doseChanges"))
        {
            var c = r.Context.Object(node, path, CaseFields.DoseChange);
            if (c is null)
            {
                continue;
            }

            var drug = r.Context.ResolveDrug(c.String("drug", required: true), c.LocationOf("drug"));
            var kind = c.Choice<DoseChangeKind>("change", required: true);
            var change = new DoseChange(c.Date("date"), drug ?? default, kind ?? DoseChangeKind.Reduced, BindDose(c.Object("dose", CaseFields.Dose)), c.String("reason"));
            if (drug is not null && kind is not null)
            {
                paths.Add(change, path);
                changes.Add(change);
            }
        }

        var line = new TherapyLine(
            number ?? 0,
            agents.ToImmutable(),
            r.Date("start"),
            r.Date("end"),
            r.Choice<StopReason>("reasonStopped") ?? StopReason.Unknown,
            changes.ToImmutable(),
            r.Int("cycles", 1, 1000),
            r.String("access"),
            r.String("note"));
        return number is null ? null : line;
    }

    private static Dose? BindDose(ObjectReader? r)
    {
        if (r is null)
        {
            return null;
        }

        var amount = r.Decimal("amount", 0.001m, 100_000m, required: true);
        var unit = r.Choice("unit", Dose.UnitWords, Dose.ParseUnit, required: true);
        var schedule = r.Choice<DoseSchedule>("schedule");
        return amount is null || unit is null ? null : new Dose(amount.Value, unit.Value, schedule);
    }
}
