using System.Collections.Immutable;

namespace Alkboard.Core.Import;

internal sealed partial class VcfRecords
{
    /// <summary>The annotation to use for the allele: VEP's PICK, else the canonical transcript, else the first listed (SnpEff lists the highest impact first).</summary>
    private VcfAnnotation? Annotation(VcfSite site)
    {
        var all = Annotations(site).ToList();
        return all.FirstOrDefault(a => a.Preferred) ?? all.FirstOrDefault();
    }

    private IEnumerable<VcfAnnotation> Annotations(VcfSite site)
    {
        if (header.CsqFields is { } csq && site.Info.TryGetValue("CSQ", out var csqText))
        {
            foreach (var entry in Entries(csqText, csq, site, "CSQ"))
            {
                var allele = Field(entry, csq, "Allele") ?? string.Empty;
                var number = Field(entry, csq, "ALLELE_NUM");
                var matches = number is not null ? number == site.AlleleNumber.ToString(System.Globalization.CultureInfo.InvariantCulture) : VepAlleles(site).Contains(allele);
                if (matches)
                {
                    var preferred = Field(entry, csq, "PICK") == "1" || (Field(entry, csq, "PICK") is null && Field(entry, csq, "CANONICAL") == "YES");
                    yield return new VcfAnnotation(allele, Field(entry, csq, "SYMBOL"), Hgvs(Field(entry, csq, "HGVSc"), "c."), Hgvs(Field(entry, csq, "HGVSp"), "p."),
                        Field(entry, csq, "Consequence")?.Replace('&', ','), Field(entry, csq, "Feature"), preferred, "VEP CSQ");
                }
            }
        }

        if (header.AnnFields is { } ann && site.Info.TryGetValue("ANN", out var annText))
        {
            foreach (var entry in Entries(annText, ann, site, "ANN"))
            {
                var allele = Field(entry, ann, "Allele") ?? string.Empty;
                if (allele == site.Alt)
                {
                    yield return new VcfAnnotation(allele, Field(entry, ann, "Gene_Name"), Hgvs(Field(entry, ann, "HGVS.c"), "c."), Hgvs(Field(entry, ann, "HGVS.p"), "p."),
                        Field(entry, ann, "Annotation")?.Replace('&', ','), Field(entry, ann, "Feature_ID"), false, "SnpEff ANN");
                }
            }
        }
    }

    private IEnumerable<string[]> Entries(string text, ImmutableArray<string> fields, VcfSite site, string key)
    {
        foreach (var entry in text.Split(','))
        {
            var parts = entry.Split('|');
            if (parts.Length != fields.Length)
            {
                Error($"a {key} entry has {parts.Length} '|'-separated fields where the ##INFO={key} header declares {fields.Length}", site.Line);
                yield break;
            }

            yield return parts;
        }
    }

    /// <summary>The allele as VEP writes it: without the base shared by REF and every ALT, '-' for a deletion.</summary>
    private static HashSet<string> VepAlleles(VcfSite site)
    {
        var alleles = new HashSet<string>(StringComparer.Ordinal) { site.Alt };
        var shared = site.Alts.All(a => a.Length > 0 && site.Reference.Length > 0 && a[0] == site.Reference[0] && a[0] != '<');
        if (shared && site.Alt.Length > 0)
        {
            alleles.Add(site.Alt.Length == 1 ? "-" : site.Alt[1..]);
        }

        return alleles;
    }

    private static string? Field(string[] entry, ImmutableArray<string> fields, string name)
    {
        var i = fields.IndexOf(name);
        return i < 0 || entry[i].Length == 0 || entry[i] == "." ? null : entry[i];
    }

    /// <summary>An HGVS change without its transcript prefix (ENST…:c.35G>A → c.35G>A), '%3D' read as '='; null when it is not a c. or p. change.</summary>
    private static string? Hgvs(string? text, string prefix)
    {
        if (text is null)
        {
            return null;
        }

        var colon = text.LastIndexOf(':');
        var change = (colon < 0 ? text : text[(colon + 1)..]).Replace("%3D", "=", StringComparison.Ordinal);
        return change.StartsWith(prefix, StringComparison.Ordinal) && change.Length > prefix.Length ? change : null;
    }
}
