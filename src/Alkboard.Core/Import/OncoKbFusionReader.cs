using Alkboard.Core.Cases;
using Alkboard.Core.Knowledge;

namespace Alkboard.Core.Import;

/// <summary>
/// Reads the OncoKB annotator's fusion table (<c>Tumor_Sample_Barcode Fusion</c>) and its
/// structural-variant table (<c>Tumor_Sample_Barcode GeneA GeneB Sv_Type</c>), plain or annotated.
/// Neither states which gene is 5′: a fusion is written <c>GENEA-GENEB</c> in either order (the
/// annotator's example writes <c>ALK-EML4</c>). A pair is therefore oriented only when exactly one
/// of its genes is a fusion kinase of the knowledge base (<c>fusionKinase</c> in <c>knowledge/genes.yaml</c>),
/// which is read as the 3′ partner, as the alteration parser reads a kinase-first <c>ALK-EML4</c>; the
/// call is marked <see cref="FusionCall.OrientationInferred"/>, so it never establishes ALK
/// positivity by itself (ALK written first with a non-kinase partner may be an ALK-5′ event that
/// loses the kinase domain), and the note says so; any other pair is counted and not added, never
/// oriented by the written order. <c>GENE-intragenic</c> and <c>GENE-GENE</c> (an intragenic event) have no
/// result kind in the case format: counted, not added. Written here because these are plain
/// tab-separated tables without quoting.
/// </summary>
internal static class OncoKbFusionReader
{
    public static void Read(string first, LabFileLines lines, ImportCollector collector, ImportOptions options, KnowledgeBase kb)
    {
        var header = first.Split('\t');
        var format = TableFormats.Recognise(header)!.Value;
        collector.Format = format;
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            index.TryAdd(header[i].Trim(), i);
        }

        var sampleColumn = TableFormats.SampleColumns.First(index.ContainsKey);
        var oncoKb = OncoKbColumns.Find(header, 1, collector, kb);
        if (collector.HasErrors)
        {
            return;
        }

        oncoKb?.NoteIn(collector);
        var names = new GeneNames(kb);
        var samples = new SortedSet<string>(StringComparer.Ordinal);
        while (lines.Next() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != header.Length)
            {
                collector.Error(ImportErrorCodes.OncoKbRow, $"{fields.Length} fields where the header has {header.Length}", lines.Number);
                continue;
            }

            string Field(string name) => index.TryGetValue(name, out var i) ? fields[i].Trim() : string.Empty;
            if (oncoKb is not null && !oncoKb.Validate(fields, lines.Number, collector))
            {
                continue;
            }

            var sample = Field(sampleColumn);
            if (sample.Length == 0)
            {
                collector.Error(ImportErrorCodes.OncoKbRow, $"{sampleColumn} is empty: every row names its sample", lines.Number, index[sampleColumn] + 1);
                continue;
            }

            var pair = format == LabFileFormat.OncoKbFusions ? FusionPair(Field("Fusion"), lines.Number, index["Fusion"] + 1, kb, collector) : SvPair(Field, lines.Number, index, collector);
            if (pair is null)
            {
                continue;
            }

            collector.Count("rows");
            samples.Add(sample);
            if (options.Sample is not null && sample != options.Sample)
            {
                collector.Count("rows of other samples (not --sample)");
                continue;
            }

            if (Keep(pair.Value, lines.Number, sample, names, kb, collector, options.AllGenes) is { } kept && oncoKb is not null)
            {
                collector.Annotate(oncoKb.Read(fields, kept));
                collector.Count("results with OncoKB annotation columns");
            }
        }

        if (options.Sample is not null && !samples.Contains(options.Sample) && !collector.HasErrors)
        {
            collector.Error(ImportErrorCodes.UnknownSample, $"--sample names '{options.Sample}', which is no {sampleColumn} of this table; its samples are: {string.Join(", ", samples.Take(20))}{(samples.Count > 20 ? ", ..." : string.Empty)}", 0);
        }

        collector.Sample = options.Sample ?? (samples.Count == 1 ? samples.Min : null);
        if (samples.Count > 1 && options.Sample is null)
        {
            collector.Note($"{samples.Count} tumor samples: one molecular test per sample");
        }
    }

    /// <summary>The two genes of a row as written, and how the row wrote them.</summary>
    private readonly record struct Pair(string A, string B, string Written);

    /// <summary>
    /// <c>GENEA-GENEB</c>, <c>GENEA-GENEB Fusion</c> (the trailing word the annotator's README allows)
    /// or <c>GENE-intragenic</c>. A symbol with its own hyphen is split where both sides are genes the
    /// catalog knows, when exactly one split does.
    /// </summary>
    private static Pair? FusionPair(string text, int line, int column, KnowledgeBase kb, ImportCollector collector)
    {
        var t = text.Trim();
        if (t.EndsWith(" fusion", StringComparison.OrdinalIgnoreCase))
        {
            t = t[..^" fusion".Length].TrimEnd();
        }

        var parts = t.Split('-');
        if (t.Length == 0 || t.Any(char.IsWhiteSpace) || parts.Length < 2 || parts.Any(p => p.Length == 0))
        {
            collector.Error(ImportErrorCodes.OncoKbRow, $"Fusion '{text}' is not written GENEA-GENEB, GENEA-GENEB Fusion or GENE-intragenic", line, column);
            return null;
        }

        if (parts.Length == 2)
        {
            return new Pair(parts[0], parts[1].Equals("intragenic", StringComparison.OrdinalIgnoreCase) ? parts[0] : parts[1], text.Trim());
        }

        if (parts[^1].Equals("intragenic", StringComparison.OrdinalIgnoreCase))
        {
            var gene = string.Join('-', parts[..^1]);
            return new Pair(gene, gene, text.Trim());
        }

        var splits = Enumerable.Range(1, parts.Length - 1)
            .Select(i => (A: string.Join('-', parts[..i]), B: string.Join('-', parts[i..])))
            .Where(s => kb.Catalog.Resolve(s.A).Count > 0 && kb.Catalog.Resolve(s.B).Count > 0)
            .ToList();
        if (splits is [var only])
        {
            return new Pair(only.A, only.B, text.Trim());
        }

        collector.Error(ImportErrorCodes.OncoKbRow, $"Fusion '{text}' has {parts.Length - 1} hyphens and {(splits.Count == 0 ? "no" : "more than one")} way of splitting it into two known genes; which genes it names is not guessed", line, column);
        return null;
    }

    private static Pair? SvPair(Func<string, string> field, int line, Dictionary<string, int> index, ImportCollector collector)
    {
        var (a, b) = (field("GeneA"), field("GeneB"));
        if (a.Length == 0 || b.Length == 0)
        {
            collector.Error(ImportErrorCodes.OncoKbRow, $"{(a.Length == 0 ? "GeneA" : "GeneB")} is empty: a structural variant names both genes (the same gene twice for an intragenic event)", line, index[a.Length == 0 ? "GeneA" : "GeneB"] + 1);
            return null;
        }

        var type = field("Sv_Type");
        return new Pair(a, b, $"{a} {b}{(type.Length > 0 ? " " + type : string.Empty)}");
    }

    private static MolecularResult? Keep(Pair pair, int line, string sample, GeneNames names, KnowledgeBase kb, ImportCollector collector, bool allGenes)
    {
        var a = names.Symbol(pair.A);
        var b = names.Symbol(pair.B);
        if (a == b)
        {
            collector.Count("intragenic events (not added: the case format has no result kind for them)");
            if (names.InKnowledgeBase(a))
            {
                collector.Note($"line {line}: '{pair.Written}' is an intragenic {a} event, not a fusion; not added");
            }

            return null;
        }

        if (!allGenes && !names.InKnowledgeBase(a) && !names.InKnowledgeBase(b))
        {
            collector.Count("fusions without a knowledge-base gene (not added)");
            return null;
        }

        var (aKinase, bKinase) = (kb.Catalog.IsFusionKinase(a), kb.Catalog.IsFusionKinase(b));
        if (aKinase == bKinase)
        {
            collector.Count("fusions whose 5'/3' orientation neither the file nor a single fusion-kinase partner gives (not added)");
            collector.Note($"line {line}: '{pair.Written}': the table does not state which gene is 5', and {(aKinase ? "both genes are" : "neither gene is")} a fusion kinase of the knowledge base; not added");
            return null;
        }

        var (five, three) = bKinase ? (a, b) : (b, a);
        if (!GeneNames.IsCaseSymbol(five) || !GeneNames.IsCaseSymbol(three))
        {
            collector.Count("fusions with a gene not written as an HGNC symbol (not added)");
            return null;
        }

        collector.Count("fusions added");
        var note = $"OncoKB table row '{pair.Written}': the table does not state the 5'/3' orientation; {three}, the knowledge base's fusion kinase, is read as the 3' partner "
            + $"(orientation inferred: the call does not establish {three} positivity or a retained {three} kinase domain by itself)";
        if (three == "ALK")
        {
            collector.Note($"ALK fusion {five}::ALK read with ALK as 3' (the kinase partner); orientation not given by the file, so it does not establish ALK positivity by itself (line {line})");
        }

        return collector.Add(new FusionCall(GeneSymbol.Of(five), GeneSymbol.Of(three), null, null, null, null, null, null, note) { OrientationInferred = true }, line, sample);
    }
}
