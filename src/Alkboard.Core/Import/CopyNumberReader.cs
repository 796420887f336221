using Alkboard.Core.Cases;
using Alkboard.Core.Knowledge;

namespace Alkboard.Core.Import;

/// <summary>
/// Reads copy-number calls: a GISTIC-style gene × sample matrix (<c>Gene Symbol [Locus ID]
/// [Cytoband] samples…</c>, thresholded values −2 … 2) and a table with one call per row (sample,
/// <c>Hugo_Symbol</c>, <c>Copy_Number_Alteration</c> or <c>ALTERATION</c>), which is what the
/// OncoKB annotator reads with <c>-f individual</c> and writes for any copy-number input, with its
/// annotation columns appended. A gene given twice for one sample with different calls is an error
/// that names both lines: which call holds is never guessed. Written here because these are plain
/// tab-separated tables without quoting.
/// </summary>
internal static class CopyNumberReader
{
    private static readonly string[] CallColumns = ["Copy_Number_Alteration", "ALTERATION"];

    public static void Read(string first, LabFileLines lines, ImportCollector collector, ImportOptions options, KnowledgeBase kb)
    {
        var header = first.Split('\t');
        collector.Format = TableFormats.Recognise(header);
        var reading = new Reading(collector, options, new GeneNames(kb));
        if (collector.Format == LabFileFormat.GisticCopyNumber)
        {
            Matrix(header, lines, reading);
        }
        else
        {
            Table(header, lines, reading, kb);
        }

        if (options.Sample is not null && !reading.Samples.Contains(options.Sample) && !collector.HasErrors)
        {
            collector.Error(ImportErrorCodes.UnknownSample, $"--sample names '{options.Sample}', which is no sample of this table; its samples are: {string.Join(", ", reading.Samples.Take(20))}{(reading.Samples.Count > 20 ? ", ..." : string.Empty)}", 0);
        }

        collector.Sample = options.Sample ?? (reading.Samples.Count == 1 ? reading.Samples.Min : null);
        if (reading.Samples.Count > 1 && options.Sample is null)
        {
            collector.Note($"{reading.Samples.Count} tumor samples: one molecular test per sample");
        }
    }

    private static void Matrix(string[] header, LabFileLines lines, Reading reading)
    {
        var first = 1;
        while (first < header.Length && first <= 2 && header[first].Trim() is var name
            && (name.Equals("Locus ID", StringComparison.OrdinalIgnoreCase) || name.Equals("Cytoband", StringComparison.OrdinalIgnoreCase) || name.Equals("Entrez_Gene_Id", StringComparison.OrdinalIgnoreCase)))
        {
            first++;
        }

        var samples = header[first..].Select(h => h.Trim()).ToArray();
        if (samples.Length == 0 || samples.Any(s => s.Length == 0) || samples.Distinct(StringComparer.Ordinal).Count() != samples.Length)
        {
            reading.Collector.Error(ImportErrorCodes.CopyNumberHeader, samples.Length == 0
                ? "the GISTIC matrix has no sample columns after Gene Symbol (Locus ID, Cytoband)"
                : "the GISTIC matrix has an empty or repeated sample column name", 1);
            return;
        }

        while (lines.Next() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != header.Length)
            {
                reading.Collector.Error(ImportErrorCodes.CopyNumberValue, $"{fields.Length} fields where the header has {header.Length}", lines.Number);
                continue;
            }

            var gene = fields[0].Trim();
            if (gene.Length == 0)
            {
                reading.Collector.Error(ImportErrorCodes.CopyNumberValue, "Gene Symbol is empty", lines.Number, 1);
                continue;
            }

            reading.Collector.Count("rows");
            for (var s = 0; s < samples.Length; s++)
            {
                var column = first + s;
                var value = fields[column].Trim();
                if (value.Length == 0 || value.Equals("NA", StringComparison.OrdinalIgnoreCase))
                {
                    reading.Collector.Count("cells without a call (empty or NA)");
                    continue;
                }

                if (!Gistic(value, out var call))
                {
                    reading.Collector.Error(ImportErrorCodes.CopyNumberValue, $"{samples[s]} is '{value}', not a GISTIC call (-2, -1, 0, 1 or 2)", lines.Number, column + 1);
                    continue;
                }

                reading.Call(samples[s], gene, call, $"GISTIC {value}", lines.Number, column + 1);
            }
        }
    }

    private static void Table(string[] header, LabFileLines lines, Reading reading, KnowledgeBase kb)
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            index.TryAdd(header[i].Trim(), i);
        }

        var sampleColumn = TableFormats.SampleColumns.First(index.ContainsKey);
        var callColumn = CallColumns.First(index.ContainsKey);
        var oncoKb = OncoKbColumns.Find(header, 1, reading.Collector, kb);
        if (reading.Collector.HasErrors)
        {
            return;
        }

        oncoKb?.NoteIn(reading.Collector);
        while (lines.Next() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != header.Length)
            {
                reading.Collector.Error(ImportErrorCodes.CopyNumberValue, $"{fields.Length} fields where the header has {header.Length}", lines.Number);
                continue;
            }

            if (oncoKb is not null && !oncoKb.Validate(fields, lines.Number, reading.Collector))
            {
                continue;
            }

            var (sample, gene, value) = (fields[index[sampleColumn]].Trim(), fields[index["Hugo_Symbol"]].Trim(), fields[index[callColumn]].Trim());
            if (sample.Length == 0 || gene.Length == 0)
            {
                var empty = sample.Length == 0 ? sampleColumn : "Hugo_Symbol";
                reading.Collector.Error(ImportErrorCodes.CopyNumberValue, $"{empty} is empty", lines.Number, index[empty] + 1);
                continue;
            }

            CopyNumberCall? call;
            if (!Gistic(value, out call) && !Word(value, out call))
            {
                reading.Collector.Error(ImportErrorCodes.CopyNumberValue, $"{callColumn} is '{value}', not a copy-number call (Amplification, Gain, Loss, Deletion, or GISTIC -2, -1, 0, 1, 2)", lines.Number, index[callColumn] + 1);
                continue;
            }

            reading.Collector.Count("rows");
            if (reading.Call(sample, gene, call, $"{callColumn} {value}", lines.Number, index[callColumn] + 1) is { } kept && oncoKb is not null)
            {
                reading.Collector.Annotate(oncoKb.Read(fields, kept));
                reading.Collector.Count("results with OncoKB annotation columns");
            }
        }
    }

    /// <summary>GISTIC's thresholded values: -2 homozygous deletion, -1 loss, 0 none, 1 gain, 2 amplification (the OncoKB annotator reads them the same way).</summary>
    private static bool Gistic(string value, out CopyNumberCall? call)
    {
        (var ok, call) = value switch
        {
            "-2" => (true, CopyNumberCall.Deletion),
            "-1" => (true, CopyNumberCall.Loss),
            "0" => (true, (CopyNumberCall?)null),
            "1" => (true, CopyNumberCall.Gain),
            "2" => (true, CopyNumberCall.Amplification),
            _ => (false, (CopyNumberCall?)null),
        };
        return ok;
    }

    /// <summary>A call word, any case; exactly one name (Enum.TryParse would also take numbers and "Gain,Loss").</summary>
    private static bool Word(string value, out CopyNumberCall? call)
    {
        call = Enum.GetValues<CopyNumberCall>().Select(c => (CopyNumberCall?)c).FirstOrDefault(c => c.ToString()!.Equals(value, StringComparison.OrdinalIgnoreCase));
        return call is not null;
    }

    /// <summary>The calls read so far, by sample and gene as written, to refuse a gene given twice with different calls.</summary>
    private sealed class Reading(ImportCollector collector, ImportOptions options, GeneNames names)
    {
        private readonly Dictionary<(string Sample, string Gene), (CopyNumberCall? Call, int Line, string Written)> _seen = [];

        public ImportCollector Collector { get; } = collector;

        public SortedSet<string> Samples { get; } = new(StringComparer.Ordinal);

        /// <summary>Takes one call (null: no change); returns the result kept, or null.</summary>
        public MolecularResult? Call(string sample, string written, CopyNumberCall? call, string source, int line, int column)
        {
            var gene = names.Symbol(written);
            if (_seen.TryGetValue((sample, gene), out var before))
            {
                if (before.Call != call)
                {
                    Collector.Error(ImportErrorCodes.CopyNumberConflict,
                        $"{written} is given again for {sample} ({source}, {Word(call)}) where line {before.Line} gives {before.Written} ({Word(before.Call)}): which call holds is not guessed; correct the file", line, column);
                }
                else
                {
                    Collector.Count("repeated gene rows with the same call (read once)");
                }

                return null;
            }

            _seen[(sample, gene)] = (call, line, source);
            Samples.Add(sample);
            if (call is null)
            {
                Collector.Count("calls without a copy-number change (0)");
                return null;
            }

            Collector.Count("copy-number calls");
            if (options.Sample is not null && sample != options.Sample)
            {
                Collector.Count("calls of other samples (not --sample)");
                return null;
            }

            if (!GeneNames.IsCaseSymbol(gene))
            {
                Collector.Count("calls whose gene is not written as an HGNC symbol (not added)");
                return null;
            }

            if (!options.AllGenes && !names.InKnowledgeBase(gene))
            {
                Collector.Count("calls in genes outside the knowledge base (not added)");
                return null;
            }

            Collector.Count("copy-number changes added");
            return Collector.Add(new CopyNumberChange(GeneSymbol.Of(gene), call.Value, null, null, $"{source} ({Word(call)})"), line, sample);
        }

        private static string Word(CopyNumberCall? call) => call is { } c ? CaseWords.Of(c) : "no change";
    }
}
