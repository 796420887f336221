namespace Alkboard.Core.Cases.Loading;

internal static partial class CaseBinder
{
    private static PatientStatus? BindStatus(ObjectReader r) => new(
        r.Date("date", required: true),
        r.Decimal("weightKg", 0.3m, 400m),
        r.Decimal("heightCm", 20m, 260m),
        r.Int("ecog", 0, 4),
        r.Decimal("totalBilirubinXUln", 0m, 100m),
        r.Decimal("astXUln", 0m, 1000m),
        r.Decimal("altXUln", 0m, 1000m),
        r.Decimal("creatinineClearanceMlMin", 0m, 300m),
        r.Bool("dialysis"),
        r.Choice<ChildPughClass>("childPugh"),
        r.Bool("pregnant"),
        r.Bool("breastfeeding"),
        r.String("note"));

    private static ConcomitantMedication? BindMedication(ObjectReader r)
    {
        var name = r.String("name", required: true);
        if (name is not null && r.Context.Vocabulary.Resolve(name) is { } known)
        {
            // A cancer drug of the vocabulary is a line of therapy, not a concomitant medication.
            r.Context.Error(CaseErrorCodes.UnknownAgent, $"'{name}' ({known}) is a drug of the vocabulary: record it in therapyLines, not medications", r.LocationOf("name"));
        }

        var interaction = r.Choice<MedicationInteraction>("interaction", required: true);
        return name is null || interaction is null ? null : new ConcomitantMedication(name.Trim(), interaction.Value, r.Date("start"), r.Date("end"), r.String("note"));
    }

    private static Refusal? BindRefusal(ObjectReader r)
    {
        var drug = r.Context.ResolveDrug(r.String("drug", required: true), r.LocationOf("drug"));
        return drug is { } d ? new Refusal(d, r.Date("date"), r.String("note")) : null;
    }
}
