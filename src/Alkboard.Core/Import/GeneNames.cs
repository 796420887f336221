using Alkboard.Core.Cases;
using Alkboard.Core.Knowledge;

namespace Alkboard.Core.Import;

/// <summary>
/// Gene names as callers and annotators write them, read through the knowledge base's gene
/// catalog (knowledge/genes.yaml: symbols, previous symbols and aliases), so that no second list
/// of spellings exists here.
/// </summary>
internal sealed class GeneNames(KnowledgeBase kb)
{
    private readonly HashSet<string> _knowledgeGenes = [.. kb.Genes.Select(g => g.Symbol)];

    /// <summary>The HGNC symbol a name means when the catalog knows it uniquely, else the name as written.</summary>
    public string Symbol(string name)
    {
        var trimmed = name.Trim();
        return kb.Catalog.Resolve(trimmed) is [var only] ? only : trimmed;
    }

    /// <summary>True when the knowledge base holds the gene (it has something to say about it).</summary>
    public bool InKnowledgeBase(string symbol) => _knowledgeGenes.Contains(symbol);

    /// <summary>True when the text is written as an HGNC symbol the case format accepts.</summary>
    public static bool IsCaseSymbol(string symbol) => GeneSymbol.IsWellFormed(symbol);
}
