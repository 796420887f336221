using Alkboard.Contracts.Genomics;
using Alkboard.Core.Knowledge;

namespace Alkboard.Contracts.Knowledge;

/// <summary>
/// <c>alkboard kb info --format json</c> (docs/knowledge.md): release id and date, the SHA-256 of the content manifest, counts of genes,
/// drugs, approvals, citations and statements, statements by source file, by evidence level and by
/// alteration kind (keys in ordinal order), and the CIViC items not imported with the reason.
/// </summary>
public sealed record KnowledgeSummaryJson(
    string Release,
    string Date,
    string ContentSha256,
    int Genes,
    int Drugs,
    int Approvals,
    int Citations,
    int Statements,
    IReadOnlyDictionary<string, int> StatementsBySource,
    IReadOnlyDictionary<string, int> StatementsByLevel,
    IReadOnlyDictionary<string, int> StatementsByKind,
    IReadOnlyList<string> NotImported)
{
    /// <summary>The contract form of a knowledge base's summary.</summary>
    public static KnowledgeSummaryJson From(KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(kb);
        return new(
            kb.Release,
            kb.ReleaseDate,
            kb.ContentDigest,
            kb.Genes.Length,
            kb.Drugs.Count,
            kb.Approvals.Length,
            kb.Citations.Count,
            kb.Statements.Length,
            Count(kb, s => s.SourceFile),
            Count(kb, s => EvidenceLevels.Code(s.Level)),
            Count(kb, s => InterpretationJson.KindWord(s.Alteration.Kind)),
            [.. kb.NotImported]);
    }

    private static Dictionary<string, int> Count(KnowledgeBase kb, Func<Statement, string> key) =>
        kb.Statements.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
}
