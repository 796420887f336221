using System.Collections.Immutable;

namespace Alkboard.Core.Cases.Loading;

internal static partial class CaseBinder
{
    private static Assessment BindAssessment(ObjectReader r, int index, CaseItemPaths paths)
    {
        var observations = ImmutableArray.CreateBuilder<LesionObservation>();
        foreach (var (node, path) in r.List("observations"))
        {
            var o = r.Context.Object(node, path, CaseFields.Observation);
            if (o is null)
            {
                continue;
            }

            var lesion = o.String("lesion", required: true);
            var size = o.Decimal("sizeMm", 0, Millimetres.Maximum) is { } mm ? Millimetres.From(mm) : (Millimetres?)null;
            var state = o.Choice<LesionState>("state");
            if (state is null && size is null && !o.Has("state") && !o.Has("sizeMm"))
            {
                o.Context.Error(CaseErrorCodes.InvalidMeasurement, "an observation needs 'sizeMm' (mm) or a 'state'", o.LocationOf("sizeMm"));
                continue;
            }

            if (lesion is null)
            {
                continue;
            }

            var observation = new LesionObservation(lesion, state ?? LesionState.Measured, size);
            paths.Add(observation, path);
            observations.Add(observation);
        }

        return new Assessment(
            r.String("id") ?? $"a{index}",
            r.Date("date"),
            r.Int("line", 1, 99),
            r.Choice<Modality>("modality") ?? Modality.Unspecified,
            observations.ToImmutable(),
            r.Choice("reportedResponse", ResponseWords, ParseResponse),
            r.Decimal("reportedChangePercent", -100, 10_000),
            r.Choice<ProgressionPattern>("progressionPattern"),
            r.String("note"));
    }

    /// <summary>Response words as written in files: CR, PR, SD, PD, NE, non_cr_non_pd.</summary>
    internal static IReadOnlyList<string> ResponseWords { get; } = ["CR", "PR", "SD", "PD", "NE", "non_cr_non_pd"];

    internal static ResponseCategory? ParseResponse(string word) => word.Trim().ToUpperInvariant().Replace('-', '_').Replace('/', '_') switch
    {
        "CR" => ResponseCategory.CR,
        "PR" => ResponseCategory.PR,
        "SD" => ResponseCategory.SD,
        "PD" => ResponseCategory.PD,
        "NE" => ResponseCategory.NE,
        "NON_CR_NON_PD" or "NONCR_NONPD" => ResponseCategory.NonCRNonPD,
        _ => null,
    };
}
