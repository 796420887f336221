using System.Text.Json.Serialization;
using Alkboard.Contracts.Import;
using Alkboard.Core.Evidence;
using Alkboard.Core.Import;
using Alkboard.Core.Knowledge;

namespace Alkboard.Contracts.Genomics;

/// <summary>
/// One element of <c>alkboard interpret --format json</c> (docs/interpret.md): the interpretation,
/// and beside it the OncoKB annotations that lab files given with <c>--file</c> hold for the same
/// alteration (docs/import.md, "OncoKB annotations"); empty for alterations typed on the command
/// line and files without the annotator's columns. Recommend's findings are the interpretation alone.
/// </summary>
public sealed record InterpretedAlterationJson : InterpretationJson
{
    private InterpretedAlterationJson(InterpretationJson interpretation, IReadOnlyList<OncoKbComparisonJson> oncoKb)
        : base(interpretation) => OncoKb = oncoKb;

    /// <summary>The files' OncoKB annotations of this alteration beside Alkboard's levels (written after the interpretation's fields).</summary>
    [JsonPropertyOrder(1)]
    public IReadOnlyList<OncoKbComparisonJson> OncoKb { get; init; }

    /// <summary>The contract form of an interpretation with the comparisons made for it.</summary>
    public static InterpretedAlterationJson From(Interpretation r, KnowledgeBase kb, IEnumerable<OncoKbComparison> oncoKb)
    {
        ArgumentNullException.ThrowIfNull(oncoKb);
        return new(From(r, kb), [.. oncoKb.Select(OncoKbComparisonJson.From)]);
    }
}
