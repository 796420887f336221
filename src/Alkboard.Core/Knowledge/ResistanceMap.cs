using System.Collections.Immutable;
using Alkboard.Core.Genomics;

namespace Alkboard.Core.Knowledge;

/// <summary>How the evidence in one cell of the resistance map reads.</summary>
public enum MapCall
{
    /// <summary>The strongest evidence in the cell says the drug works against the mutation.</summary>
    Sensitive,

    /// <summary>The strongest evidence in the cell says the mutation resists the drug.</summary>
    Resistant,

    /// <summary>Evidence of the same strength points both ways: the cell lists both, a tumor board weighs them.</summary>
    Conflicting,
}

/// <summary>One statement behind a cell, with the source's own direction, level and design.</summary>
public sealed record MapEvidence(
    string StatementId,
    EffectDirection Direction,
    EvidenceLevel Level,
    string Design,
    bool Preclinical,
    string TumorType,
    string Summary,
    ImmutableArray<string> References);

/// <summary>
/// One drug x mutation cell. <see cref="Basis"/> says what the call rests on: clinical evidence
/// whenever there is any, preclinical only when nothing clinical exists (issue 11, item 1:
/// preclinical evidence never outweighs clinical evidence).
/// </summary>
public sealed record MapCell(string Mutation, string Drug, MapCall Call, string Basis, ImmutableArray<MapEvidence> Evidence);

/// <summary>
/// The per-drug ALK resistance map (issue 11, item 1), derived from the knowledge base's
/// statements only: every ALK kinase-domain mutation (single or compound) that a statement names,
/// against every ALK inhibitor of the vocabulary. A cell exists only where a statement exists; an
/// absent cell means "not sourced", never "sensitive".
/// </summary>
public static class ResistanceMap
{
    /// <summary>
    /// The cells, by mutation (protein position, single before compound) and drug (generation, then
    /// first approval). This is a display order; where it ties, the order in which the knowledge
    /// base first states the mutation or drug decides, never its spelling.
    /// </summary>
    public static ImmutableArray<MapCell> Build(KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(kb);
        var drugs = Inhibitors(kb);
        var column = drugs.Select((d, i) => (d, i)).ToDictionary(x => x.d, x => x.i, StringComparer.Ordinal);
        return [.. kb.Statements
            .Select((s, index) => (Statement: s, Index: index))
            .Where(x => x.Statement.Alteration.Gene == "ALK" && x.Statement.Alteration.Kind is AlterationKind.Mutation or AlterationKind.Compound && !x.Statement.Alteration.Changes.IsDefaultOrEmpty)
            .SelectMany(x => x.Statement.Drugs.Where(column.ContainsKey).Select(d => (x.Statement, x.Index, Drug: d)))
            .GroupBy(x => (Mutation: x.Statement.Alteration.Normalized, x.Drug))
            .Select(g => (Alteration: g.First().Statement.Alteration, FirstStated: g.Min(x => x.Index), Cell: Cell(kb, g.Key.Mutation, g.Key.Drug, g.Select(x => x.Statement))))
            .GroupBy(x => x.Cell.Mutation)
            .Select(row => (row.First().Alteration, FirstStated: row.Min(x => x.FirstStated), Cells: row.Select(x => x.Cell)))
            .OrderBy(row => row.Alteration.Changes[0].Position)
            .ThenBy(row => row.Alteration.Changes.Length)
            .ThenBy(row => row.FirstStated)
            .SelectMany(row => row.Cells.OrderBy(c => column[c.Drug]))];
    }

    /// <summary>ALK inhibitors in generation order, then by first approval anywhere (investigational last), then as first stated.</summary>
    public static ImmutableArray<string> Inhibitors(KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(kb);
        var firstStated = kb.Statements.SelectMany((s, i) => s.Drugs.Select(d => (d, i))).GroupBy(x => x.d, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Min(x => x.i), StringComparer.Ordinal);
        return [.. kb.Drugs.Values.Where(d => d.IsAlkInhibitor)
            .OrderBy(d => int.TryParse(d.Generation?.Value, out var g) ? g : int.MaxValue)
            .ThenBy(d => kb.Approvals.Where(a => a.Drug == d.Name && a.Status == "approved" && a.Decision is not null)
                .Select(a => a.Decision!.Value.Latest).DefaultIfEmpty(DateOnly.MaxValue).Min())
            .ThenBy(d => firstStated.GetValueOrDefault(d.Name, int.MaxValue))
            .Select(d => d.Name)];
    }

    private static MapCell Cell(KnowledgeBase kb, string mutation, string drug, IEnumerable<Statement> statements)
    {
        var evidence = statements
            .Select(s => new MapEvidence(s.Id, s.Direction, s.Level, Design(s), s.Level == EvidenceLevel.Level4, kb.FindTumorType(s.TumorType)?.Code ?? s.TumorType, s.Summary, kb.References(s.Citations)))
            .OrderBy(e => e.Preclinical)
            .ThenByDescending(e => EvidenceLevels.Strength(e.Level))
            .ThenBy(e => e.StatementId, StringComparer.Ordinal)
            .ToImmutableArray();
        var clinical = evidence.Where(e => !e.Preclinical).ToList();
        var basis = clinical.Count > 0 ? "clinical" : "preclinical only";
        var weighed = clinical.Count > 0 ? clinical : [.. evidence];
        var directions = weighed.Select(e => e.Direction).Distinct().ToList();
        var call = directions.Count > 1 ? MapCall.Conflicting
            : directions[0] == EffectDirection.Resistance ? MapCall.Resistant
            : MapCall.Sensitive;
        return new MapCell(mutation, drug, call, basis, evidence);
    }

    private static string Design(Statement s) =>
        s.SourceGrade.StartsWith("CIViC", StringComparison.Ordinal) ? s.SourceGrade : s.SourceGrade.Replace('_', ' ');
}
