using System.Text.RegularExpressions;

namespace Alkboard.Core.Genomics;

/// <summary>
/// Reads alterations in the spellings found in reports, papers and knowledge bases:
/// protein changes (p.Leu1196Gln, p.L1196Q, L1196Q, ALK G1202R+L1196M), fusions (EML4-ALK,
/// EML4::ALK, ALK-EML4 as OncoKB writes it, CARS1(ex1-18)::ALK(ex20-29), old or misspelt symbols
/// such as CARS-ALK, RRBP-ALK, RANB2-ALK), copy number (MET amplification, ALK amp) and expression
/// (PTCH1 down). Written here because no .NET library parses this mixture of notations.
/// </summary>
public static partial class AlterationParser
{
    /// <summary>Parses one alteration.</summary>
    public static AlterationParseResult Parse(string input, GeneCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(catalog);
        var text = Spaces().Replace(input.Trim(), " ");
        if (text.Length == 0)
        {
            return Fail(input, GenomicsErrorCodes.Unreadable, "empty alteration");
        }

        // HGVS with a transcript prefix, as reports write it: NM_004304.5:p.Gly1202Arg reads as ALK p.Gly1202Arg.
        var notes = new List<string>();
        if (Transcript().Match(text) is { Success: true } tx)
        {
            if (catalog.GeneOfTranscript(tx.Groups["tx"].Value) is not { } txGene)
            {
                return Fail(input, GenomicsErrorCodes.UnknownTranscript, $"transcript {tx.Groups["tx"].Value} is not in the knowledge base; write the gene symbol (e.g. 'ALK {tx.Groups["rest"].Value}')");
            }

            text = $"{txGene} {tx.Groups["rest"].Value}";
            notes.Add($"transcript {tx.Groups["tx"].Value} read as {txGene}");
        }

        // Status words: "ALK positive", "ALK fusion positive by FISH" read as an ALK rearrangement of unknown partner.
        if (Status().Match(text) is { Success: true } status)
        {
            var by = status.Groups["by"].Success ? $" by {status.Groups["by"].Value}" : string.Empty;
            return Gene(input, status.Groups["g"].Value, catalog, out var positive) is { } error
                ? error
                : Ok(input, Alteration.Fusion(null, positive), $"'{input.Trim()}' read as a rearrangement of {positive} with an unknown partner{by}");
        }

        // Variant designations of a fusion (EML4::ALK v1, variant 3a, E13;A20) keep the designation as a note.
        if (VariantDesignation().Match(text) is { Success: true } designation)
        {
            text = designation.Groups["pair"].Value.Trim();
            notes.Add($"fusion variant {designation.Groups["v"].Value} as reported");
        }

        var parsed = ParseText(input, text, catalog);
        return notes.Count == 0 || parsed.Alteration is null ? parsed : parsed with { Notes = [.. notes, .. parsed.Notes] };
    }

    private static AlterationParseResult ParseText(string input, string text, GeneCatalog catalog)
    {
        if (FusionAny().Match(text) is { Success: true } any)
        {
            return Gene(input, any.Groups["g"].Value, catalog, out var gene) is { } error ? error : Ok(input, Alteration.Fusion(null, gene));
        }

        if (FusionPair().Match(text) is { Success: true } pair)
        {
            return ParseFusion(input, pair, catalog);
        }

        if (CopyNumber().Match(text) is { Success: true } cn)
        {
            return Gene(input, cn.Groups["g"].Value, catalog, out var gene) is { } error ? error : Ok(input, new Alteration(AlterationKind.CopyNumber, gene, null, null, null, [], null, CopyNumberCall(cn.Groups["c"].Value)));
        }

        if (Expression().Match(text) is { Success: true } ex)
        {
            return Gene(input, ex.Groups["g"].Value, catalog, out var gene) is { } error ? error : Ok(input, new Alteration(AlterationKind.Expression, gene, null, null, null, [], null, ExpressionCall(ex.Groups["c"].Value)));
        }

        if (Cdna().Match(text) is { Success: true } cdna)
        {
            return Gene(input, cdna.Groups["g"].Value, catalog, out var gene) is { } error ? error : Ok(input, new Alteration(AlterationKind.Mutation, gene, null, null, null, [], cdna.Groups["c"].Value, null));
        }

        return ParseProtein(input, text, catalog);
    }

    private static AlterationParseResult ParseFusion(string input, Match m, GeneCatalog catalog)
    {
        if (Gene(input, m.Groups["a"].Value, catalog, out var a) is { } errorA)
        {
            return errorA;
        }

        if (Gene(input, m.Groups["b"].Value, catalog, out var b) is { } errorB)
        {
            return errorB;
        }

        var aExons = Exons(m.Groups["ae"].Value);
        var bExons = Exons(m.Groups["be"].Value);
        var explicitOrder = m.Groups["sep"].Value == "::";
        var aKinase = catalog.IsFusionKinase(a);
        var bKinase = catalog.IsFusionKinase(b);
        if (explicitOrder || (bKinase && !aKinase))
        {
            return Ok(input, Alteration.Fusion(a, b, aExons, bExons));
        }

        if (aKinase && !bKinase)
        {
            return Ok(input, Alteration.Fusion(b, a, bExons, aExons), $"read as {b}::{a}: the kinase {a} is the 3' partner (written kinase-first, as OncoKB does)");
        }

        return AlterationParseResult.Failed(input, GenomicsErrorCodes.Ambiguous,
            $"'{input}' does not say which gene is 5': write it with '::' (5'::3')", [$"{a}::{b}", $"{b}::{a}"]);
    }

    private static AlterationParseResult ParseProtein(string input, string text, GeneCatalog catalog)
    {
        var m = ProteinList().Match(text);
        if (!m.Success)
        {
            return Fail(input, GenomicsErrorCodes.Unreadable,
                $"'{input}' is not an alteration; expected e.g. 'ALK L1196Q', 'p.Leu1196Gln', 'ALK G1202R+L1196M', 'EML4::ALK', 'MET amplification', 'PTCH1 down'");
        }

        var changes = new List<ProteinChange>();
        foreach (var part in Separators().Split(m.Groups["changes"].Value).Where(p => p.Length > 0))
        {
            if (ProteinChange.TryParse(part) is not { } change)
            {
                return Fail(input, GenomicsErrorCodes.Unreadable, $"'{part}' in '{input}' is not a protein change (e.g. L1196Q or p.Leu1196Gln)");
            }

            changes.Add(change);
        }

        var geneText = m.Groups["g"].Value;
        if (geneText.Length > 0)
        {
            return Gene(input, geneText, catalog, out var gene) is { } error ? error : Ok(input, Alteration.Protein(gene, changes));
        }

        var candidates = changes.Select(c => catalog.GenesWithResidue(c.Reference, c.Position)).Aggregate((x, y) => [.. x.Intersect(y)]).Order(StringComparer.Ordinal).ToList();
        return candidates.Count switch
        {
            1 => Ok(input, Alteration.Protein(candidates[0], changes), $"gene not given; {candidates[0]} is the only gene the knowledge base knows with this residue"),
            0 => Fail(input, GenomicsErrorCodes.GeneMissing, $"'{input}' names no gene and the knowledge base knows no gene with this residue; write e.g. 'ALK {input.Trim()}'"),
            _ => AlterationParseResult.Failed(input, GenomicsErrorCodes.Ambiguous, $"'{input}' names no gene and several genes have this residue", [.. candidates.Select(g => $"{g} {input.Trim()}")]),
        };
    }

    /// <summary>Resolves a gene name; returns an error result when it is ambiguous.</summary>
    private static AlterationParseResult? Gene(string input, string name, GeneCatalog catalog, out string symbol)
    {
        var candidates = catalog.Resolve(name);
        symbol = candidates.Count == 1 ? candidates[0] : name.ToUpperInvariant();
        if (candidates.Count > 1)
        {
            return AlterationParseResult.Failed(input, GenomicsErrorCodes.Ambiguous, $"'{name}' is a name of several genes", [.. candidates]);
        }

        return null;
    }

    private static AlterationParseResult Ok(string input, Alteration alteration, params string[] notes) => new(input, alteration, null, [], notes);

    private static AlterationParseResult Fail(string input, string code, string message) => AlterationParseResult.Failed(input, code, message, []);

    private static string? Exons(string text) => text.Length == 0 ? null : text.Replace('–', '-');

    private static string CopyNumberCall(string word) => word.ToLowerInvariant() switch
    {
        "amp" or "amplified" or "amplification" => "amplification",
        "gain" or "copy gain" or "copy number gain" => "gain",
        "loss" or "copy loss" => "loss",
        _ => "deletion",
    };

    private static string ExpressionCall(string word) => word.ToLowerInvariant() switch
    {
        "up" or "upregulation" or "overexpression" or "high expression" => "up",
        _ => "down",
    };

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?<tx>N[MCGR]_\d+(\.\d+)?):\s*(?<rest>[cpg]\..+)$")]
    private static partial Regex Transcript();

    [GeneratedRegex(@"^(?<g>[A-Za-z][A-Za-z0-9]*)[ -](fusion[ -])?(positive|rearranged|rearrangement[ -]positive)(\s+by\s+(?<by>.+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Status();

    [GeneratedRegex(@"^(?<pair>.+?)\s+(\(?(v|variant\s*)(?<v>\d+[ab]?)\)?|\((?<v>E\d+[ab]?;A\d+)\))$", RegexOptions.IgnoreCase)]
    private static partial Regex VariantDesignation();

    [GeneratedRegex(@"^(?<g>[A-Za-z][A-Za-z0-9]*)[ -](fusion|rearrangement|translocation|rearranged|fusion-positive)$", RegexOptions.IgnoreCase)]
    private static partial Regex FusionAny();

    [GeneratedRegex(@"^(?<a>[A-Za-z][A-Za-z0-9]*)(\((ex|exon|exons)?\s*(?<ae>\d+([-–]\d+)?)\))?\s*(?<sep>::|-|–|—|/)\s*(?<b>[A-Za-z][A-Za-z0-9]*)(\((ex|exon|exons)?\s*(?<be>\d+([-–]\d+)?)\))?(\s+(fusion|rearrangement|translocation))?$", RegexOptions.IgnoreCase)]
    private static partial Regex FusionPair();

    [GeneratedRegex(@"^(?<g>[A-Za-z][A-Za-z0-9]*)\s+(?<c>amplification|amplified|amp|copy number gain|copy gain|gain|copy loss|loss|homozygous deletion|deletion|del)$", RegexOptions.IgnoreCase)]
    private static partial Regex CopyNumber();

    [GeneratedRegex(@"^(?<g>[A-Za-z][A-Za-z0-9]*)\s+(expression\s+)?(?<c>down|up|downregulation|upregulation|overexpression|underexpression|high expression|low expression|loss of expression)$", RegexOptions.IgnoreCase)]
    private static partial Regex Expression();

    [GeneratedRegex(@"^(?<g>[A-Za-z][A-Za-z0-9]*)\s+(?<c>c\.\S+)$")]
    private static partial Regex Cdna();

    [GeneratedRegex(@"^((?<g>[A-Za-z][A-Za-z0-9]*)\s+)?(?<changes>(p\.)?\(?[A-Za-z\*]{1,3}[0-9]{1,5}[A-Za-z\*]{0,3}\)?(\s*([+,;&/]|\s+and\s+|\s+)\s*(p\.)?\(?[A-Za-z\*]{1,3}[0-9]{1,5}[A-Za-z\*]{0,3}\)?)*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ProteinList();

    [GeneratedRegex(@"\s*(?:[+,;&/]|\s+and\s+|\s+)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Separators();
}
