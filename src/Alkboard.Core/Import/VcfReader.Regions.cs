using System.Buffers.Text;
using System.Collections.Immutable;
using System.Text;
using Alkboard.Core.Knowledge;

namespace Alkboard.Core.Import;

/// <summary>
/// The knowledge base's gene regions on one build (knowledge/gene-regions.yaml, each widened by its
/// flank and merged), and the test whether a VCF record overlaps one, made on the record's raw
/// bytes: CHROM and POS are read before the line is split or decoded, so a record outside every
/// region costs a few byte scans and no allocation. Hand-written for that reason (a general VCF
/// parser builds the whole record first). A record overlaps when POS..END does, END being
/// POS + len(REF) - 1, or INFO END= for a symbolic allele (as htslib indexes and bcftools
/// filters records: `bcftools view -R`, or `-T` with `--targets-overlap 1`).
/// </summary>
internal sealed class VcfRegionFilter
{
    private readonly Dictionary<string, long[]> _byChrom;
    private byte[] _lastChrom = [];
    private long[]? _lastIntervals;

    public VcfRegionFilter(ImmutableArray<GeneRegion> regions, int flank)
    {
        Genes = regions.Length;
        Flank = flank;
        Merged = [.. regions
            .Select(r => (r.Chrom, Start: Math.Max(1, r.Start - flank), End: r.End + flank))
            .GroupBy(r => r.Chrom, StringComparer.Ordinal)
            .SelectMany(g => Merge(g.OrderBy(r => r.Start)))];
        _byChrom = Merged.GroupBy(r => r.Chrom, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(r => new[] { r.Start, r.End }).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The number of genes the regions come from.</summary>
    public int Genes { get; }

    public int Flank { get; }

    /// <summary>The merged regions (chromosome without 'chr', 1-based, inclusive), by chromosome.</summary>
    public ImmutableArray<(string Chrom, long Start, long End)> Merged { get; }

    /// <summary>A chromosome name without its 'chr' prefix (any case), as the regions are keyed.</summary>
    public static string Contig(string chrom) => chrom.StartsWith("chr", StringComparison.OrdinalIgnoreCase) ? chrom[3..] : chrom;

    /// <summary>
    /// False when the record lies outside every region. True when it overlaps one, and also when
    /// CHROM or POS cannot be read: the record parser then reports what is wrong with it.
    /// </summary>
    public bool Keep(ReadOnlySpan<byte> line)
    {
        var tab = line.IndexOf((byte)'\t');
        if (tab <= 0)
        {
            return true;
        }

        var intervals = Intervals(line[..tab]);
        var rest = line[(tab + 1)..];
        var posEnd = rest.IndexOf((byte)'\t');
        if (posEnd <= 0 || !Utf8Parser.TryParse(rest[..posEnd], out long pos, out var used) || used != posEnd || pos < 0)
        {
            return true;
        }

        if (intervals is null)
        {
            return false;
        }

        // The first region that ends at or after POS: the record overlaps it when it starts by then,
        // or when the record reaches it.
        var i = FirstEndingAtOrAfter(intervals, pos);
        if (i < 0)
        {
            return false;
        }

        return intervals[i] <= pos || EndOf(rest[(posEnd + 1)..], pos) >= intervals[i];
    }

    private long[]? Intervals(ReadOnlySpan<byte> chrom)
    {
        if (!chrom.SequenceEqual(_lastChrom))
        {
            _lastChrom = chrom.ToArray();
            _lastIntervals = _byChrom.GetValueOrDefault(Contig(Encoding.UTF8.GetString(chrom)));
        }

        return _lastIntervals;
    }

    /// <summary>The index of the start of the first interval whose end is at or after <paramref name="pos"/>, or -1.</summary>
    private static int FirstEndingAtOrAfter(long[] intervals, long pos)
    {
        int lo = 0, hi = (intervals.Length / 2) - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (intervals[(2 * mid) + 1] >= pos)
            {
                found = 2 * mid;
                hi = mid - 1;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return found;
    }

    /// <summary>The record's last base: POS + len(REF) - 1, or INFO END= for a symbolic allele. <paramref name="fields"/> starts at ID.</summary>
    private static long EndOf(ReadOnlySpan<byte> fields, long pos)
    {
        var idEnd = fields.IndexOf((byte)'\t');
        if (idEnd < 0)
        {
            return pos;
        }

        var refAlt = fields[(idEnd + 1)..];
        var refEnd = refAlt.IndexOf((byte)'\t');
        if (refEnd < 0)
        {
            return pos;
        }

        var end = pos + Math.Max(1, refEnd) - 1;
        var alt = refAlt[(refEnd + 1)..];
        if (alt.Length == 0 || alt[0] != (byte)'<')
        {
            return end;
        }

        // ALT QUAL FILTER INFO: INFO is the fourth field from here.
        var info = alt;
        for (var k = 0; k < 3; k++)
        {
            var t = info.IndexOf((byte)'\t');
            if (t < 0)
            {
                return end;
            }

            info = info[(t + 1)..];
        }

        var infoEnd = info.IndexOf((byte)'\t');
        info = infoEnd < 0 ? info : info[..infoEnd];
        while (info.Length > 0)
        {
            var semi = info.IndexOf((byte)';');
            var entry = semi < 0 ? info : info[..semi];
            if (entry.StartsWith("END="u8) && Utf8Parser.TryParse(entry[4..], out long stated, out var n) && n == entry.Length - 4)
            {
                return Math.Max(end, stated);
            }

            info = semi < 0 ? [] : info[(semi + 1)..];
        }

        return end;
    }

    private static IEnumerable<(string Chrom, long Start, long End)> Merge(IEnumerable<(string Chrom, long Start, long End)> sorted)
    {
        (string Chrom, long Start, long End)? current = null;
        foreach (var r in sorted)
        {
            if (current is { } c && r.Start <= c.End + 1)
            {
                current = c with { End = Math.Max(c.End, r.End) };
            }
            else
            {
                if (current is { } done)
                {
                    yield return done;
                }

                current = r;
            }
        }

        if (current is { } last)
        {
            yield return last;
        }
    }
}
