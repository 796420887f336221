using Alkboard.Core.Knowledge;
using Alkboard.Core.Recommendation;

namespace Alkboard.Contracts.Recommendation;

/// <summary>
/// One ranked option: rank (1 = first), kind (drug, surgery, local_therapy, test, trial, ...),
/// title, drugs, evidence level ("3A"; null for non-drug options), score in points with the
/// factors that make it up, citations, warnings, the rule that proposed it, whether the current
/// mutation has resistance evidence against it, whether it is barred, and how a tie was broken.
/// </summary>
public sealed record TreatmentOptionJson(
    int Rank,
    OptionKind Kind,
    string Title,
    IReadOnlyList<string> Drugs,
    string? Level,
    int Score,
    IReadOnlyList<FactorJson> Factors,
    IReadOnlyList<string> Citations,
    IReadOnlyList<string> Warnings,
    string? Tie,
    string Rule,
    bool ResistanceToCurrentMutation,
    bool Barred)
{
    /// <summary>The contract form of an option.</summary>
    public static TreatmentOptionJson From(TreatmentOption o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new(
            o.Rank,
            o.Kind,
            o.Title,
            [.. o.Drugs],
            o.Level is { } l ? EvidenceLevels.Code(l) : null,
            o.Score,
            [.. o.Factors.Select(FactorJson.From)],
            [.. o.Citations],
            [.. o.Warnings.Select(w => w.Text)],
            o.Tie,
            o.Rule,
            o.ResistanceToCurrentMutation,
            o.Barred);
    }
}
