using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Alkboard.Core.Import;

/// <summary>
/// A tabix (.tbi) or CSI (.csi) index of a BGZF VCF, read as the SAMtools/hts-specs describe them
/// (tabix: magic TBI\1, the tabix header, binning index with min_shift 14 and depth 5, linear
/// index; CSIv1: magic CSI\1, min_shift, depth, the tabix header in its auxiliary data, bins with
/// their lowest offset). Written here because no .NET package reads either. Every count, offset
/// and length is checked against what is left of the index: a damaged index is an
/// <see cref="InvalidDataException"/> naming the byte where it goes wrong, never a partial read.
/// </summary>
internal sealed class TabixIndex
{
    /// <summary>The largest index file read (compressed) and its largest decompressed size.</summary>
    public const long MaxIndexBytes = 256L << 20;

    private readonly Reference[] _references;

    private TabixIndex(string kind, int minShift, int depth, string[] names, Reference[] references)
    {
        Kind = kind;
        MinShift = minShift;
        Depth = depth;
        Names = names;
        _references = references;
    }

    /// <summary>"tabix" or "CSI".</summary>
    public string Kind { get; }

    public int MinShift { get; }

    public int Depth { get; }

    /// <summary>The sequence names, in the index's order.</summary>
    public string[] Names { get; }

    /// <summary>The index beside a BGZF file: FILE.tbi, else FILE.csi; null when there is none.</summary>
    public static string? Beside(string path) =>
        File.Exists(path + ".tbi") ? path + ".tbi" : File.Exists(path + ".csi") ? path + ".csi" : null;

    /// <summary>Reads and checks an index file.</summary>
    public static TabixIndex Load(string indexPath)
    {
        var bytes = Decompressed(indexPath);
        var r = new Reader(bytes);
        var magic = r.Bytes(4, "magic");
        if (magic.SequenceEqual("TBI\u0001"u8))
        {
            var n = r.Count("sequences");
            var names = Header(r, n);
            return new TabixIndex("tabix", 14, 5, names, References(r, n, csi: false));
        }

        if (magic.SequenceEqual("CSI\u0001"u8))
        {
            var minShift = r.Int32("min_shift");
            var depth = r.Int32("depth");
            if (minShift is < 1 or > 30 || depth is < 1 or > 10 || minShift + 3 * depth > 62)
            {
                throw r.Bad($"min_shift {minShift} and depth {depth} are not a CSI binning scheme");
            }

            var aux = r.Count("auxiliary bytes");
            if (aux == 0)
            {
                throw new InvalidDataException("the CSI index has no tabix header (sequence names): it is not an index of a VCF.gz (a BCF index?)");
            }

            var auxReader = new Reader(r.Bytes(aux).ToArray());
            var names = Header(auxReader, -1);
            var n = r.Count("sequences");
            if (n != names.Length)
            {
                throw r.Bad($"the CSI index lists {n} sequences but names {names.Length}");
            }

            r.Depth = depth;
            return new TabixIndex("CSI", minShift, depth, names, References(r, n, csi: true));
        }

        throw new InvalidDataException("the index does not start with TBI\\1 or CSI\\1: it is not a tabix or CSI index");
    }

    /// <summary>
    /// The chunks that may hold records overlapping the regions (1-based, inclusive, per index
    /// sequence), merged and in file order; the regions' records must still be checked one by one.
    /// </summary>
    public List<BgzfChunk> Chunks(IEnumerable<(int Sequence, long Start, long End)> regions)
    {
        var chunks = new List<BgzfChunk>();
        foreach (var (sequence, start, end) in regions)
        {
            var reference = _references[sequence];
            var begin0 = start - 1;
            var end0 = end;
            var minimum = MinimumOffset(reference, begin0);
            foreach (var bin in Bins(begin0, end0))
            {
                if (reference.Bins.TryGetValue(bin, out var b))
                {
                    chunks.AddRange(b.Chunks.Where(c => c.End > minimum));
                }
            }
        }

        chunks.Sort((a, b) => a.Begin.CompareTo(b.Begin));
        var merged = new List<BgzfChunk>();
        foreach (var chunk in chunks)
        {
            if (merged.Count > 0 && chunk.Begin <= merged[^1].End)
            {
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, chunk.End) };
            }
            else
            {
                merged.Add(chunk);
            }
        }

        return merged;
    }

    /// <summary>The bins that overlap [begin0, end0) (0-based, end exclusive): reg2bins of the specifications.</summary>
    private IEnumerable<uint> Bins(long begin0, long end0)
    {
        var last = Math.Min(end0, 1L << (MinShift + (3 * Depth))) - 1;
        var shift = MinShift + (3 * Depth);
        long first = 0;
        for (var level = 0; level <= Depth; level++, shift -= 3)
        {
            for (var bin = first + (begin0 >> shift); bin <= first + (last >> shift); bin++)
            {
                yield return (uint)bin;
            }

            first += 1L << (3 * level);
        }
    }

    /// <summary>No record overlapping a position at or after begin0 starts before this offset: the linear index (tabix) or the lowest offset of the deepest bin there (CSI).</summary>
    private ulong MinimumOffset(Reference reference, long begin0)
    {
        if (reference.Linear is { Length: > 0 } linear)
        {
            return linear[(int)Math.Min(begin0 >> MinShift, linear.Length - 1)];
        }

        if (reference.Linear is null)
        {
            var bin = LeafBinsStart(Depth) + (begin0 >> MinShift);
            for (var level = Depth; level >= 0; level--)
            {
                if (reference.Bins.TryGetValue((uint)bin, out var b))
                {
                    return b.LowestOffset;
                }

                bin = bin == 0 ? 0 : (bin - 1) >> 3;
            }
        }

        return 0;
    }

    private static byte[] Decompressed(string indexPath)
    {
        using var file = File.OpenRead(indexPath);
        if (file.Length > MaxIndexBytes)
        {
            throw new InvalidDataException($"the index is {file.Length:N0} bytes, more than the {MaxIndexBytes:N0} read");
        }

        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = new byte[1 << 16];
        int read;
        while ((read = gzip.Read(buffer)) > 0)
        {
            output.Write(buffer, 0, read);
            if (output.Length > MaxIndexBytes)
            {
                throw new InvalidDataException($"the index decompresses to more than {MaxIndexBytes:N0} bytes");
            }
        }

        return output.ToArray();
    }

    /// <summary>The tabix header (format, columns, meta character, lines to skip, sequence names); <paramref name="count"/> is the number of sequences when known (-1 in a CSI's auxiliary data).</summary>
    private static string[] Header(Reader r, int count)
    {
        CheckVcf(r, r.Int32("format"), r.Int32("col_seq"), r.Int32("col_beg"));
        r.Int32("col_end");
        r.Int32("meta");
        r.Int32("skip");
        var namesLength = r.Count("name bytes");
        var names = Encoding.UTF8.GetString(r.Bytes(namesLength)).Split('\0', StringSplitOptions.None);
        var list = names.Length > 0 && names[^1].Length == 0 ? names[..^1] : names;
        if ((count >= 0 && list.Length != count) || list.Any(n => n.Length == 0))
        {
            throw r.Bad($"the index names {list.Length} sequences{(count >= 0 ? $" where it lists {count}" : string.Empty)}, or an empty name");
        }

        return list;
    }

    private static void CheckVcf(Reader r, int format, int colSeq, int colBeg)
    {
        if ((format & 0xffff) != 2 || colSeq != 1 || colBeg != 2)
        {
            throw r.Bad($"the index is not a VCF index (format {format & 0xffff}, sequence column {colSeq}, position column {colBeg}; tabix -p vcf writes 2, 1, 2)");
        }
    }

    private static Reference[] References(Reader r, int count, bool csi)
    {
        var references = new Reference[count];
        for (var i = 0; i < count; i++)
        {
            var bins = new Dictionary<uint, Bin>();
            var binCount = r.Count("bins");
            for (var b = 0; b < binCount; b++)
            {
                var id = r.UInt32("bin");
                var lowest = csi ? r.UInt64("loffset") : 0;
                var chunkCount = r.Count("chunks");
                var chunks = new BgzfChunk[chunkCount];
                for (var c = 0; c < chunkCount; c++)
                {
                    chunks[c] = new BgzfChunk(r.UInt64("chunk begin"), r.UInt64("chunk end"));
                }

                CheckBin(r, i, id, lowest, chunks, csi);
                if (!bins.TryAdd(id, new Bin(lowest, chunks)))
                {
                    throw r.Bad($"bin {id} of sequence {i} is listed twice");
                }
            }

            ulong[]? linear = null;
            if (!csi)
            {
                var intervals = r.Count("linear index intervals");
                linear = new ulong[intervals];
                for (var k = 0; k < intervals; k++)
                {
                    linear[k] = r.UInt64("linear index offset");
                    if (k > 0 && linear[k] < linear[k - 1])
                    {
                        throw r.Bad($"the linear index of sequence {i} goes back at window {k}");
                    }
                }

                // The linear index gives the first record of each 16 kb window, so no chunk of that
                // window's leaf bin starts before it.
                foreach (var (id, bin) in bins)
                {
                    var window = (long)id - LeafBinsStart(5);
                    if (window >= 0 && window < intervals && bin.Chunks.Length > 0 && bin.Chunks.Min(c => c.Begin) < linear[window])
                    {
                        throw r.Bad($"bin {id} of sequence {i} has a chunk before the linear index's offset for its window");
                    }
                }
            }

            references[i] = new Reference(bins, linear);
        }

        return references;
    }

    /// <summary>The first bin of the deepest level: ((1 &lt;&lt; 3·depth) − 1) / 7.</summary>
    private static long LeafBinsStart(int depth) => ((1L << (3 * depth)) - 1) / 7;

    /// <summary>
    /// A bin's own consistency: its number within the scheme (or the metadata pseudo-bin), chunks
    /// that end after they begin, in order without overlap, and (CSI) a lowest offset at or before
    /// its first chunk. These catch an index altered after it was written, not only one cut short.
    /// </summary>
    private static void CheckBin(Reader r, int sequence, uint id, ulong lowest, BgzfChunk[] chunks, bool csi)
    {
        var depth = r.Depth;
        var meta = (((1L << ((3 * depth) + 3)) - 1) / 7) + 1;
        if (id > meta)
        {
            throw r.Bad($"bin {id} of sequence {sequence} is past the last bin ({meta - 2}) and the metadata bin ({meta})");
        }

        if (id == meta)
        {
            return; // htslib's metadata pseudo-bin: offsets of the sequence's records and counts, not chunks
        }

        for (var c = 0; c < chunks.Length; c++)
        {
            if (chunks[c].End <= chunks[c].Begin || (c > 0 && chunks[c].Begin < chunks[c - 1].End))
            {
                throw r.Bad($"chunk {c} of bin {id} of sequence {sequence} ends before it begins or overlaps the one before");
            }
        }

        if (csi && chunks.Length > 0 && lowest > chunks[0].Begin)
        {
            throw r.Bad($"bin {id} of sequence {sequence} states a lowest offset after its first chunk");
        }
    }

    private sealed record Bin(ulong LowestOffset, BgzfChunk[] Chunks);

    /// <summary>One sequence's bins; <see cref="Linear"/> is the tabix linear index (null in a CSI index).</summary>
    private sealed record Reference(Dictionary<uint, Bin> Bins, ulong[]? Linear);

    /// <summary>Little-endian fields with bounds checks.</summary>
    private sealed class Reader(byte[] bytes)
    {
        private int _at;

        /// <summary>The binning scheme's depth (5 for tabix), for the bin checks.</summary>
        public int Depth { get; set; } = 5;

        public InvalidDataException Bad(string what) => new($"{what} (at byte {_at} of the decompressed index)");

        public ReadOnlySpan<byte> Bytes(int n, string what = "bytes")
        {
            if (n < 0 || _at + n > bytes.Length)
            {
                throw Bad($"the index ends early, before its {what}");
            }

            var span = bytes.AsSpan(_at, n);
            _at += n;
            return span;
        }

        public int Int32(string what) => BinaryPrimitives.ReadInt32LittleEndian(Bytes(4, what));

        public uint UInt32(string what) => BinaryPrimitives.ReadUInt32LittleEndian(Bytes(4, what));

        public ulong UInt64(string what) => BinaryPrimitives.ReadUInt64LittleEndian(Bytes(8, what));

        /// <summary>A count that cannot exceed what is left (each counted item takes at least one byte).</summary>
        public int Count(string what)
        {
            var n = Int32(what);
            return n < 0 || n > bytes.Length - _at ? throw Bad($"{n} {what} cannot fit in the rest of the index") : n;
        }
    }
}
