using System.Collections.Immutable;

namespace Alkboard.Core.Import;

/// <summary>What a VCF header says that the import needs: caller, build, tumor sample, annotation layouts, sample columns.</summary>
internal sealed class VcfHeader
{
    public string? Source { get; set; }

    public string? SourceVersion { get; set; }

    public string? TumorSample { get; set; }

    public HashSet<string> Builds { get; } = new(StringComparer.Ordinal);

    /// <summary>VEP CSQ subfield names in header order, or null when the file has no CSQ.</summary>
    public ImmutableArray<string>? CsqFields { get; set; }

    /// <summary>SnpEff ANN subfield names in header order, or null when the file has no ANN.</summary>
    public ImmutableArray<string>? AnnFields { get; set; }

    public string? Annotator { get; set; }

    public ImmutableArray<string> Samples { get; set; } = [];

    public int ColumnCount { get; set; }

    /// <summary>The IDs of the ##contig lines (empty when the header has none).</summary>
    public HashSet<string> Contigs { get; } = new(StringComparer.Ordinal);

    /// <summary>The one build the header names, or null when it names none or several.</summary>
    public string? Build => Builds.Count == 1 ? Builds.First() : null;

    /// <summary>Reads one ## line.</summary>
    public void Meta(string line)
    {
        var eq = line.IndexOf('=', StringComparison.Ordinal);
        if (eq < 0)
        {
            return;
        }

        var key = line[2..eq].Trim();
        var value = line[(eq + 1)..].Trim();
        if (key == "contig" && Attribute(value, "ID") is { } contig)
        {
            Contigs.Add(contig);
        }

        switch (key)
        {
            case "source":
                Source ??= value.Trim('"');
                break;
            case "source_version" or "sourceVersion":
                SourceVersion ??= value.Trim('"');
                break;
            case "tumor_sample":
                TumorSample ??= value;
                break;
            case "reference" or "assembly" or "genome":
                AddBuild(value);
                break;
            case "contig" when Attribute(value, "assembly") is { } assembly:
                AddBuild(assembly);
                break;
            case "VEP":
                Annotator ??= "VEP " + value.Split(' ')[0].Trim('"');
                if (Attribute("<" + value.Replace(' ', ',') + ">", "assembly") is { } vepAssembly)
                {
                    AddBuild(vepAssembly);
                }

                break;
            case "SnpEffVersion":
                Annotator ??= "SnpEff " + value.Trim('"').Split(' ')[0];
                break;
            case "SnpEffCmd":
                foreach (var word in value.Trim('"').Split(' '))
                {
                    if (word.StartsWith("GRCh", StringComparison.Ordinal) || word.StartsWith("hg", StringComparison.Ordinal))
                    {
                        AddBuild(word);
                    }
                }

                break;
            case "INFO" when Attribute(value, "ID") is "CSQ":
                CsqFields = Subfields(Description(value), "Format:");
                break;
            case "INFO" when Attribute(value, "ID") is "ANN":
                AnnFields = Subfields(Description(value)?.Replace("'", string.Empty, StringComparison.Ordinal), "Functional annotations:");
                break;
        }
    }

    /// <summary>The genome build a header value names: GRCh37 (hg19, b37, hs37d5, human_g1k_v37) or GRCh38 (hg38).</summary>
    public static string? BuildOf(string text)
    {
        var t = text.ToUpperInvariant();
        if (t.Contains("GRCH38", StringComparison.Ordinal) || t.Contains("HG38", StringComparison.Ordinal) || t.Contains("B38", StringComparison.Ordinal))
        {
            return "GRCh38";
        }

        return t.Contains("GRCH37", StringComparison.Ordinal) || t.Contains("HG19", StringComparison.Ordinal) || t.Contains("B37", StringComparison.Ordinal)
            || t.Contains("HS37D5", StringComparison.Ordinal) || t.Contains("G1K_V37", StringComparison.Ordinal)
            ? "GRCh37"
            : null;
    }

    private void AddBuild(string text)
    {
        if (BuildOf(text) is { } build)
        {
            Builds.Add(build);
        }
    }

    private static string? Attribute(string structured, string name)
    {
        var start = structured.IndexOf(name + "=", StringComparison.Ordinal);
        while (start > 0 && structured[start - 1] is not ('<' or ','))
        {
            start = structured.IndexOf(name + "=", start + 1, StringComparison.Ordinal);
        }

        if (start < 0)
        {
            return null;
        }

        var from = start + name.Length + 1;
        var end = structured.IndexOfAny([',', '>'], from);
        return structured[from..(end < 0 ? structured.Length : end)].Trim().Trim('"');
    }

    private static string? Description(string structured)
    {
        var start = structured.IndexOf("Description=\"", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var end = structured.LastIndexOf('"');
        return end > start + 13 ? structured[(start + 13)..end] : null;
    }

    private static ImmutableArray<string>? Subfields(string? description, string marker)
    {
        if (description is null)
        {
            return null;
        }

        var at = description.IndexOf(marker, StringComparison.Ordinal);
        var list = at < 0 ? description : description[(at + marker.Length)..];
        var fields = list.Split('|').Select(f => f.Trim()).ToImmutableArray();
        return fields.Length > 1 ? fields : null;
    }
}
