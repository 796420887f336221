using Alkboard.Core.Cases;
using Alkboard.Core.Knowledge;

namespace Alkboard.Core.Import.Cbioportal;

/// <summary>
/// Reads a cBioPortal structural-variant file (datatype SV; docs.cbioportal.org File Formats): one
/// event per row, Site1 and Site2 with their Hugo symbols, region (exon) numbers, chromosomes and
/// positions. Which partner is 5' is read from the row (<see cref="Orient"/>): the genes Event_Info
/// names, else the site order (Site1 5', Site2 3'); every result's note says which. ALK may be
/// either partner; ALK as the 5' partner is kept with a note. A site's
/// region number becomes the exon of the fusion only when the region is an exon (the E6;A20 form);
/// an intron number stays in the note, because turning it into an exon needs the gene's exon count.
/// Written here for the same reason as the other tables: tab-separated, no quoting.
/// </summary>
internal static class StructuralVariantReader
{
    private static readonly string[] RequiredColumns = ["Sample_Id", "SV_Status"];

    private static readonly string[] Sites = ["Site1", "Site2"];

    private static readonly string[] NoteColumns =
        ["Class", "Connection_Type", "Breakpoint_Type", "Annotation", "DNA_Support", "RNA_Support", "Tumor_Split_Read_Count", "Tumor_Paired_End_Read_Count", "External_Annotation", "cbp_driver"];

    private static readonly string[] Uniqueness =
    [
        "Sample_Id", "Site1_Hugo_Symbol", "Site1_Entrez_Gene_Id", "Site1_Chromosome", "Site1_Position", "Site1_Region_Number", "Site1_Ensembl_Transcript_Id",
        "Site2_Hugo_Symbol", "Site2_Entrez_Gene_Id", "Site2_Chromosome", "Site2_Position", "Site2_Region_Number", "Site2_Ensembl_Transcript_Id", "Event_Info",
    ];

    /// <summary>Reads the file. <paramref name="studyBuild"/> is the build meta_study.txt states (for rows without NCBI_Build); <paramref name="namespaces"/> those the meta file declares.</summary>
    public static StudyFileImport Read(string path, string? meta, KnowledgeBase kb, bool allGenes, string? studyBuild = null, IReadOnlyList<string>? namespaces = null, int namespacesLine = 0)
    {
        var collector = new StudyFileCollector(path, StudyTsv.Sha256Of(path), meta, "SV") { GenomeBuild = studyBuild };
        using var lines = LabFileLines.Open(path);
        var header = StudyTsv.HeaderLine(lines);

        if (header is null)
        {
            collector.Error(ImportErrorCodes.Empty, "the structural-variant file has no column header line (Sample_Id ...)", lines.Number);
            return collector.Build();
        }

        var headerLine = lines.Number;
        var columns = StudyTsv.Split(header).Select(c => c.Trim()).ToArray();
        var index = StudyTsv.Index(columns);
        if (!Header(columns, index, headerLine, collector, namespaces, namespacesLine))
        {
            return collector.Build();
        }

        var names = new GeneNames(kb);
        var unique = Uniqueness.Where(index.ContainsKey).ToArray();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        string? fileBuild = null;
        foreach (var f in StudyTsv.Rows(lines, collector, columns.Length, ImportErrorCodes.StructuralVariantFile))
        {
            collector.Count("structural variant rows");
            var key = string.Join('\t', unique.Select(c => f[index[c]]));
            if (seen.TryGetValue(key, out var first))
            {
                collector.Error(ImportErrorCodes.StructuralVariantFile, $"duplicate entry in structural variant data: the same event as line {first} ({string.Join(", ", unique.Select(c => $"{c} '{f[index[c]].Trim()}'").Where(s => !s.EndsWith("''", StringComparison.Ordinal)))})", lines.Number);
                continue;
            }

            seen[key] = lines.Number;
            var row = new Row(f, index);
            if (row.Value("Sample_Id") is { } named)
            {
                collector.Saw(named, lines.Number, row.Column("Sample_Id"));
            }

            if (!Check(row, lines.Number, collector, ref fileBuild))
            {
                continue;
            }

            Keep(row, lines.Number, names, collector, allGenes, fileBuild ?? studyBuild);
        }

        if (fileBuild is not null)
        {
            collector.GenomeBuild = fileBuild;
        }

        return collector.Build();
    }

    private static bool Header(string[] columns, Dictionary<string, int> index, int line, StudyFileCollector collector, IReadOnlyList<string>? namespaces, int namespacesLine)
    {
        var ok = true;
        foreach (var required in RequiredColumns.Where(c => !index.ContainsKey(c)))
        {
            collector.Error(ImportErrorCodes.StructuralVariantFile, $"the header lacks the required column {required}", line);
            ok = false;
        }

        foreach (var site in Sites.Where(s => !index.ContainsKey(s + "_Hugo_Symbol") && !index.ContainsKey(s + "_Entrez_Gene_Id")))
        {
            collector.Error(ImportErrorCodes.StructuralVariantFile,
                $"the header has neither {site}_Hugo_Symbol nor {site}_Entrez_Gene_Id: a structural variant needs a gene column for {site}" +
                (site == "Site2" ? " (without it the 3' partner, ALK among them, cannot be named)" : string.Empty), line);
            ok = false;
        }

        foreach (var ns in namespaces ?? [])
        {
            if (!columns.Any(c => c.StartsWith(ns + ".", StringComparison.OrdinalIgnoreCase)))
            {
                collector.Error(ImportErrorCodes.StudyMeta, $"the meta file declares the namespace '{ns}' (line {namespacesLine}), but no column of this file is named {ns}.<name>", line);
                ok = false;
            }
        }

        return ok;
    }

    private static bool Check(Row row, int line, StudyFileCollector collector, ref string? fileBuild)
    {
        var ok = true;
        if (row.Value("Sample_Id") is null)
        {
            collector.Error(ImportErrorCodes.StructuralVariantFile, "Sample_Id is empty", line, row.Column("Sample_Id"));
            ok = false;
        }

        if (row.Value("SV_Status") is { } status && !status.Equals("SOMATIC", StringComparison.OrdinalIgnoreCase) && !status.Equals("GERMLINE", StringComparison.OrdinalIgnoreCase))
        {
            collector.Error(ImportErrorCodes.StructuralVariantFile, $"SV_Status is '{status}', not SOMATIC or GERMLINE", line, row.Column("SV_Status"));
            ok = false;
        }

        if (row.Value("NCBI_Build") is { } written)
        {
            if (StudyTsv.Build(written) is not { } build || !written.StartsWith("GRCh", StringComparison.OrdinalIgnoreCase))
            {
                collector.Error(ImportErrorCodes.StructuralVariantFile, $"NCBI_Build is '{written}', not GRCh37 or GRCh38", line, row.Column("NCBI_Build"));
                ok = false;
            }
            else if (fileBuild is not null && fileBuild != build)
            {
                collector.Error(ImportErrorCodes.GenomeBuildConflict, $"NCBI_Build is {build} here and {fileBuild} on earlier rows: one file has one build", line, row.Column("NCBI_Build"));
                ok = false;
            }
            else
            {
                fileBuild = build;
            }
        }

        foreach (var site in Sites)
        {
            if (row.Value(site + "_Position") is { } position && (!StudyTsv.TryWhole(position, out var p) || p < 1))
            {
                collector.Error(ImportErrorCodes.StructuralVariantFile, $"{site}_Position is '{position}', not a position (a whole number of 1 or more)", line, row.Column(site + "_Position"));
                ok = false;
            }
        }

        if (row.Gene("Site1") is null && row.Gene("Site2") is null && row.Entrez("Site1") is null && row.Entrez("Site2") is null)
        {
            collector.Error(ImportErrorCodes.StructuralVariantFile, "no gene at either site: Site1 and Site2 give neither a Hugo symbol nor an Entrez gene id", line);
            ok = false;
        }

        return ok;
    }

    private static void Keep(Row row, int line, GeneNames names, StudyFileCollector collector, bool allGenes, string? build)
    {
        var sample = row.Value("Sample_Id")!;
        if (row.Value("SV_Status") is { } status && status.Equals("GERMLINE", StringComparison.OrdinalIgnoreCase))
        {
            collector.Count("germline rows (SV_Status GERMLINE; not added)");
            return;
        }

        var site1 = row.Gene("Site1") is { } g1 ? names.Symbol(g1) : null;
        var site2 = row.Gene("Site2") is { } g2 ? names.Symbol(g2) : null;
        if (site1 is null && site2 is null)
        {
            collector.Count("rows whose genes are given only as Entrez ids (not added)");
            return;
        }

        if (!allGenes && !(site1 is not null && names.InKnowledgeBase(site1)) && !(site2 is not null && names.InKnowledgeBase(site2)))
        {
            collector.Count("rows without a knowledge-base gene (not added)");
            return;
        }

        var info = row.Value("Event_Info");
        var (orientation, five, fiveSite, three, threeSite) = Orient(row, line, site1, site2, info, names, collector);
        var notes = new List<string> { $"cBioPortal structural variant: Site1 {Site(row, "Site1", site1)}; Site2 {Site(row, "Site2", site2)}; {orientation}" };
        foreach (var column in NoteColumns)
        {
            if (row.Value(column) is { } v && v != "NA")
            {
                notes.Add($"{column} {v}");
            }
        }

        if (row.Value("SV_Status") is null)
        {
            collector.Count("rows without SV_Status (read; the file does not say somatic or germline)");
            notes.Add("SV_Status not given");
        }

        if (five is null)
        {
            notes.Add($"only {(site1 is null ? "Site2" : "Site1")} names a gene: a breakpoint in {three} without a named partner");
        }

        if (five is not null && !GeneNames.IsCaseSymbol(five))
        {
            notes.Add($"5' partner as written: '{five}' (not an HGNC symbol)");
            (five, fiveSite) = (null, null);
        }

        if (!GeneNames.IsCaseSymbol(three))
        {
            collector.Count("rows whose 3' gene is not an HGNC symbol (not added)");
            collector.Note($"line {line}: '{three}' is not an HGNC symbol; the event is not added");
            return;
        }

        if (five == "ALK" && three != "ALK")
        {
            notes.Add($"ALK is the 5' partner ({fiveSite ?? "Event_Info"}) in this event");
            collector.Note($"ALK as 5' partner ({fiveSite ?? "Event_Info"}): ALK::{three} in {sample} (line {line})");
        }
        else if (three == "ALK")
        {
            collector.Note($"ALK {(five is null ? "breakpoint without a named partner" : $"fusion (ALK 3', {threeSite ?? "Event_Info"}): {five}::ALK")} in {sample} (line {line})");
        }

        var frame = row.Value("Site2_Effect_On_Frame")?.ToLowerInvariant().Replace('_', '-') switch
        {
            "in-frame" or "inframe" => (bool?)true,
            "out-of-frame" or "frameshift" or "frame-shift" => false,
            _ => null,
        };
        var breakpoint = string.Join(" / ", (fiveSite == "Site2" ? ["Site2", "Site1"] : Sites).Select(s => Position(row, s)).OfType<string>());
        collector.Count("fusions added");
        var call = new FusionCall(five is null ? null : GeneSymbol.Of(five), GeneSymbol.Of(three), fiveSite is null ? null : Exon(row, fiveSite), threeSite is null ? null : Exon(row, threeSite),
            fiveSite is null ? null : row.Value(fiveSite + "_Ensembl_Transcript_Id"), threeSite is null ? null : row.Value(threeSite + "_Ensembl_Transcript_Id"),
            breakpoint.Length == 0 ? null : breakpoint + (build is null ? string.Empty : $" ({build})"), frame, string.Join("; ", notes));
        collector.Add(call, line, sample);
    }

    /// <summary>
    /// Which gene is the 5' and which the 3' partner, and which site's columns describe each. cBioPortal's
    /// format does not fix the order of the sites: its SV table calls Site1 "gene 1 ... the left
    /// site(3')" and Site2 "gene 2 ... the right site(5')", while its own example is Site1 TMPRSS2, Site2
    /// ERG, Event_Info "Protein fusion: out of frame (TMPRSS2-ERG)" (docs/File-Formats.md, Structural
    /// Variant Data), and registries often put the gene of interest in Site1. So the row itself decides:
    /// an Event_Info naming the two genes "A-B" (optionally with one more word: "EML4-ALK fusion") gives
    /// A as 5' and B as 3'. Against the site order, or naming a partner only Event_Info gives, it is
    /// taken and warned (<see cref="ImportErrorCodes.FusionOrientation"/>); naming other genes than the
    /// sites, the site order is kept and warned; otherwise the note says the orientation rests on the
    /// site order (Site1 5', Site2 3', the order of the format's example).
    /// </summary>
    private static (string Orientation, string? Five, string? FiveSite, string Three, string? ThreeSite) Orient(
        Row row, int line, string? site1, string? site2, string? info, GeneNames names, StudyFileCollector collector)
    {
        var named = EventGenes(info, names);
        var column = row.Column("Event_Info");
        void Warn(string message) => collector.Warn(ImportErrorCodes.FusionOrientation, message, line, column);
        if (site1 is not null && site2 is not null)
        {
            if (named is { } agree && agree.Five == site1 && agree.Three == site2)
            {
                return ($"Event_Info '{info}' names {site1} as the 5' partner and {site2} as the 3' partner, as the site order does", site1, "Site1", site2, "Site2");
            }

            if (named is { } swapped && swapped.Five == site2 && swapped.Three == site1)
            {
                Warn($"Site1 is {site1} and Site2 is {site2}, but Event_Info '{info}' names {site2} as the 5' partner: read as {site2}::{site1}, as Event_Info says (cBioPortal's format does not fix the order of the sites; check the row)");
                return ($"Event_Info '{info}' names {site2} as the 5' partner and {site1} as the 3' partner, against the site order: read as Event_Info says ({ImportErrorCodes.FusionOrientation})", site2, "Site2", site1, "Site1");
            }

            if (named is { } other)
            {
                Warn($"Event_Info '{info}' names {other.Five} and {other.Three}, but the sites name {site1} (Site1) and {site2} (Site2): which is right cannot be told, so the site order is kept ({site1}::{site2}); check the row");
                return ($"Site1 read as the 5' partner, Site2 as the 3' partner: the orientation rests on the site order (Event_Info '{info}' names other genes, {ImportErrorCodes.FusionOrientation})", site1, "Site1", site2, "Site2");
            }

            return ($"Site1 read as the 5' partner, Site2 as the 3' partner: the orientation rests on the site order (Event_Info {(info is null ? "not given" : $"'{info}'")} does not name the partners)", site1, "Site1", site2, "Site2");
        }

        var (gene, site) = site1 is not null ? (site1, "Site1") : (site2!, "Site2");
        if (named is { } pair && (pair.Five == gene) != (pair.Three == gene))
        {
            var partner = pair.Five == gene ? pair.Three : pair.Five;
            Warn($"only {site} names a gene ({gene}); Event_Info '{info}' names its partner {partner}: read as {pair.Five}::{pair.Three}, as Event_Info says (the partner has no site columns: no exon, transcript or position)");
            return ($"{pair.Five} as the 5' partner and {pair.Three} as the 3' partner as Event_Info '{info}' names them; {partner} is named only there ({ImportErrorCodes.FusionOrientation})",
                pair.Five, pair.Five == gene ? site : null, pair.Three, pair.Three == gene ? site : null);
        }

        if (named is { } unrelated)
        {
            Warn($"only {site} names a gene ({gene}), and Event_Info '{info}' names {unrelated.Five} and {unrelated.Three}: read as a breakpoint in {gene} without a named partner; check the row");
        }

        return ($"one site names a gene{(info is null ? string.Empty : $" (Event_Info '{info}')")}", null, null, gene, site);
    }

    /// <summary>
    /// The two genes Event_Info names as "A-B" or "A::B", optionally followed by one word ("EML4-ALK
    /// fusion", "ALK-EML4 reciprocal"), through the gene catalog; null when it names no such pair, or
    /// when the pair cannot be told apart (more than one hyphen: NKX2-1-ALK could be split two ways).
    /// </summary>
    private static (string Five, string Three)? EventGenes(string? info, GeneNames names)
    {
        var words = info?.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        if (words.Length is 0 or > 2)
        {
            return null;
        }

        var parts = words[0].Contains("::", StringComparison.Ordinal) ? words[0].Split("::") : words[0].Split('-');
        if (parts.Length != 2)
        {
            return null;
        }

        var (five, three) = (names.Symbol(parts[0]), names.Symbol(parts[1]));
        return GeneNames.IsCaseSymbol(five) && GeneNames.IsCaseSymbol(three) ? (five, three) : null;
    }

    private static string Site(Row row, string site, string? gene)
    {
        var parts = new List<string> { gene ?? "(no gene)" };
        if (row.RegionNumber(site) is { } n)
        {
            parts.Add($"{row.Value(site + "_Region")?.ToLowerInvariant() ?? "region"} {n}");
        }

        if (Position(row, site) is { } p)
        {
            parts.Add(p);
        }

        return string.Join(" ", parts);
    }

    private static string? Position(Row row, string site) =>
        row.Value(site + "_Chromosome") is { } chromosome && row.Value(site + "_Position") is { } position ? $"{chromosome}:{position}" : null;

    /// <summary>The exon number of a site, when its region is an exon (or the older *_Exon column gives it) and it is a whole number.</summary>
    private static string? Exon(Row row, string site)
    {
        var number = row.RegionNumber(site);
        var isExon = row.Value(site + "_Exon") is not null || (row.Value(site + "_Region") is { } region && region.Equals("EXON", StringComparison.OrdinalIgnoreCase));
        return isExon && number is not null && StudyTsv.TryWhole(number, out var n) && n >= 1 ? number : null;
    }

    private sealed class Row(string[] fields, Dictionary<string, int> index)
    {
        public string? Value(string column) =>
            index.TryGetValue(column, out var i) && fields[i].Trim() is { Length: > 0 } v && v != "NA" ? v : null;

        public int Column(string column) => index.TryGetValue(column, out var i) ? i + 1 : 1;

        public string? Gene(string site) => index.TryGetValue(site + "_Hugo_Symbol", out var i) ? StudyTsv.Gene(fields[i]) : null;

        public string? Entrez(string site) => index.TryGetValue(site + "_Entrez_Gene_Id", out var i) ? StudyTsv.Gene(fields[i]) : null;

        public string? RegionNumber(string site) => Value(site + "_Region_Number") ?? Value(site + "_Exon");
    }
}
