namespace Alkboard.Core.Import;

/// <summary>
/// Reads the OncoKB annotator's clinical table (<c>SAMPLE_ID ONCOTREE_CODE</c>): the tumor type the
/// annotator was given per sample, which its levels depend on. It holds no molecular result; given
/// with annotated tables, each annotation of a sample is shown with this tumor type, matched by the
/// exact sample name (a longer barcode is another sample). A sample given twice with different
/// tumor types is an error: which one the annotator used is not guessed.
/// </summary>
internal static class OncoKbClinicalReader
{
    public static void Read(string first, LabFileLines lines, ImportCollector collector)
    {
        collector.Format = LabFileFormat.OncoKbClinical;
        var header = first.Split('\t');
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            index.TryAdd(header[i].Trim(), i);
        }

        var sampleColumn = TableFormats.SampleColumns.First(index.ContainsKey);
        var codeColumn = index.ContainsKey("ONCOTREE_CODE") ? "ONCOTREE_CODE" : "CANCER_TYPE";
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

            var (sample, code) = (fields[index[sampleColumn]].Trim(), fields[index[codeColumn]].Trim());
            if (sample.Length == 0 || code.Length == 0)
            {
                var empty = sample.Length == 0 ? sampleColumn : codeColumn;
                collector.Error(ImportErrorCodes.OncoKbRow, $"{empty} is empty", lines.Number, index[empty] + 1);
                continue;
            }

            collector.Count("samples");
            if (!collector.TumorType(sample, code, lines.Number))
            {
                var before = collector.TumorTypeOf(sample)!;
                if (before.Code != code)
                {
                    collector.Error(ImportErrorCodes.OncoKbRow, $"{sample} is given again with {code} where line {before.Line} gives {before.Code}: which tumor type the annotation used is not guessed", lines.Number, index[codeColumn] + 1);
                }
            }
        }

        collector.Note("a clinical table: no molecular results; its tumor types are shown with the OncoKB annotations of the same samples (exact sample names)");
    }
}
