namespace Alkboard.Core.Genomics;

/// <summary>
/// The gene vocabulary the parsers need: HGNC symbols, the previous symbols, aliases and
/// misspellings that map to them, the kinases that are the 3' partner of driver fusions, and the
/// genes with known protein changes at a residue (to place a change written without its gene).
/// </summary>
public sealed class GeneCatalog
{
    private readonly Dictionary<string, List<string>> _names = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _kinases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _transcripts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Records a RefSeq transcript (without version) of a gene, so that NM_004304.5:p.G1202R reads as ALK G1202R.</summary>
    public void AddTranscript(string transcript, string symbol) => _transcripts[transcript] = symbol;

    /// <summary>The gene of a RefSeq transcript accession (version ignored), or null.</summary>
    public string? GeneOfTranscript(string accession) => _transcripts.TryGetValue(accession.Split('.')[0], out var g) ? g : null;
    private readonly Dictionary<(char, int), HashSet<string>> _residues = [];

    /// <summary>Adds a gene with its other names; a name shared by two genes becomes ambiguous.</summary>
    public void Add(string symbol, IEnumerable<string> otherNames, bool fusionKinase)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        ArgumentNullException.ThrowIfNull(otherNames);
        foreach (var name in otherNames.Prepend(symbol))
        {
            if (!_names.TryGetValue(name, out var symbols))
            {
                _names[name] = symbols = [];
            }

            if (!symbols.Contains(symbol))
            {
                symbols.Add(symbol);
            }
        }

        if (fusionKinase)
        {
            _kinases.Add(symbol);
        }
    }

    /// <summary>Records that the knowledge base knows a change of <paramref name="gene"/> at this residue.</summary>
    public void AddKnownResidue(string gene, char reference, int position)
    {
        if (!_residues.TryGetValue((reference, position), out var genes))
        {
            _residues[(reference, position)] = genes = new HashSet<string>(StringComparer.Ordinal);
        }

        genes.Add(gene);
    }

    /// <summary>The symbols a name may mean: one for a symbol or unique alias, several when ambiguous, none when unknown.</summary>
    public IReadOnlyList<string> Resolve(string name) => _names.TryGetValue(name, out var symbols) ? symbols : [];

    /// <summary>True for a gene symbol the catalog knows (not an alias).</summary>
    public bool IsSymbol(string name) => _names.TryGetValue(name, out var s) && s.Contains(name, StringComparer.Ordinal);

    /// <summary>True when the gene is a kinase that drives fusions as their 3' partner (ALK, ROS1, NTRK1-3, RET, PDGFRB).</summary>
    public bool IsFusionKinase(string symbol) => _kinases.Contains(symbol);

    /// <summary>Genes with a known change at this residue.</summary>
    public IReadOnlyCollection<string> GenesWithResidue(char reference, int position) =>
        _residues.TryGetValue((reference, position), out var genes) ? genes : [];
}
