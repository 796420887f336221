using Alkboard.Core.Evidence;
using Alkboard.Core.Genomics;
using Alkboard.Core.Knowledge;

namespace Alkboard.Contracts.Genomics;

/// <summary>
/// One interpreted alteration (docs/interpret.md): the input, its normalized form, gene, kind
/// (fusion, mutation, compound, copy_number, ...), fusion partners, role, whether the knowledge
/// base knows it, the cited per-drug implications, notes, an error when it could not be read, and
/// the knowledge-base release used.
/// </summary>
public record InterpretationJson(
    string Input,
    string? Normalized,
    string? Gene,
    string Kind,
    IReadOnlyList<string> Partners,
    string Role,
    bool Known,
    IReadOnlyList<ImplicationJson> Implications,
    IReadOnlyList<string> Notes,
    InterpretationErrorJson? Error,
    string KnowledgeBase)
{
    /// <summary>The contract form of an interpretation made with <paramref name="kb"/>.</summary>
    public static InterpretationJson From(Interpretation r, KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(kb);
        return new(
            r.Input,
            r.Normalized,
            r.Gene,
            KindWord(r.Kind),
            [.. r.Partners],
            r.Role,
            r.Known,
            [.. r.Implications.Select(ImplicationJson.From)],
            [.. r.Notes],
            r.Error is null ? null : new InterpretationErrorJson(r.Error.Code, r.Error.Message, [.. r.Candidates]),
            kb.Release);
    }

    /// <summary>The wire word of an alteration kind: its name in lower case, copy_number for copy-number changes.</summary>
    public static string KindWord(AlterationKind kind) => kind switch
    {
        AlterationKind.CopyNumber => "copy_number",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
