using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;

namespace Alkboard.Core.Import;

/// <summary>
/// BGZF blocks (SAM/BAM specification, section 4.1): gzip members of at most 64 KB, each with a
/// 'BC' extra subfield that gives the block's size (BSIZE + 1). A virtual offset is the block's
/// offset in the file shifted left by 16 bits, plus an offset into its decompressed data.
/// </summary>
internal static class Bgzf
{
    /// <summary>The most bytes one block decompresses to (the specification's limit).</summary>
    public const int MaxBlockData = 65536;

    /// <summary>The bytes of a block header that must be read to find its size (without extra subfields beyond 'BC').</summary>
    public const int HeaderBytes = 18;

    /// <summary>The total length of the BGZF block that starts <paramref name="data"/>, or -1 when none starts there (or its header is not all in <paramref name="data"/>).</summary>
    public static int BlockLength(ReadOnlySpan<byte> data)
    {
        if (data.Length < HeaderBytes || data[0] != 0x1f || data[1] != 0x8b || data[2] != 8 || (data[3] & 4) == 0)
        {
            return -1;
        }

        var end = Math.Min(data.Length, 12 + BinaryPrimitives.ReadUInt16LittleEndian(data[10..]));
        for (var p = 12; p + 4 <= end;)
        {
            var subfieldLength = BinaryPrimitives.ReadUInt16LittleEndian(data[(p + 2)..]);
            if (data[p] == 'B' && data[p + 1] == 'C' && subfieldLength == 2 && p + 6 <= end)
            {
                return BinaryPrimitives.ReadUInt16LittleEndian(data[(p + 4)..]) + 1;
            }

            p += 4 + subfieldLength;
        }

        return -1;
    }

    /// <summary>The decompressed size a whole block states in its trailer (ISIZE).</summary>
    public static int DataLength(ReadOnlySpan<byte> block)
    {
        var size = BinaryPrimitives.ReadUInt32LittleEndian(block[^4..]);
        return size > MaxBlockData ? throw new InvalidDataException($"a BGZF block states {size} decompressed bytes, more than the {MaxBlockData} a block holds") : (int)size;
    }

    /// <summary>
    /// Decompresses consecutive whole blocks into <paramref name="output"/>, which must be exactly as
    /// long as their ISIZE fields add up to. .NET's <see cref="GZipStream"/> reads one gzip member
    /// after another and checks each member's CRC-32 and size, so one stream serves a whole batch.
    /// </summary>
    public static void Decompress(byte[] blocks, int count, Span<byte> output)
    {
        using var input = new MemoryStream(blocks, 0, count, writable: false);
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        var read = gzip.ReadAtLeast(output, output.Length, throwOnEndOfStream: false);
        Span<byte> extra = stackalloc byte[1];
        if (read != output.Length || gzip.Read(extra) != 0)
        {
            throw new InvalidDataException("a BGZF block's content does not match the size its trailer states");
        }
    }
}

/// <summary>A part of a BGZF file between two virtual offsets, as an index lists it: <see cref="End"/> is exclusive.</summary>
internal readonly record struct BgzfChunk(ulong Begin, ulong End);

/// <summary>
/// Reads a whole BGZF file in order, decompressing batches of about 1 MB of blocks on the thread
/// pool (one batch per core in flight, and two more read ahead), so that decompression, the only
/// costly step of a VCF scan, runs on every core while the caller cuts lines. Memory is bounded
/// by the batches in flight (about 5 MB each). Written here because no decompressor in .NET reads
/// BGZF blocks in parallel.
/// </summary>
internal sealed class BgzfSequentialReader : ISegmentSource
{
    private const int BatchBytes = 1 << 20;

    private readonly FileStream _file;
    private readonly Queue<Task<Batch>> _pending = new();
    private readonly int _ahead;
    private byte[] _input;
    private int _filled;
    private long _fileOffset;
    private bool _eof;
    private Batch? _current;

    public BgzfSequentialReader(string path)
    {
        _file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        _input = ArrayPool<byte>.Shared.Rent(BatchBytes + 2 * Bgzf.MaxBlockData);
        _ahead = Math.Clamp(Environment.ProcessorCount, 1, 8) + 2;
    }

    public long BytesRead { get; private set; }

    public bool Next(out Segment segment)
    {
        _current?.Return();
        _current = null;
        while (_pending.Count < _ahead && ReadBatch() is { } task)
        {
            _pending.Enqueue(task);
        }

        if (_pending.Count == 0)
        {
            segment = default;
            return false;
        }

        _current = _pending.Dequeue().GetAwaiter().GetResult();
        BytesRead += _current.Length;
        segment = new Segment(_current.Output.AsMemory(0, _current.Length), false);
        return true;
    }

    public void Dispose()
    {
        foreach (var task in _pending)
        {
            // Let decompressions in flight finish before their buffers go back to the pool. A batch
            // that failed is not reported here: the reader stopped before it, or reports the first
            // failure from Next.
            try
            {
                task.GetAwaiter().GetResult().Return();
            }
            catch (InvalidDataException)
            {
            }
        }

        _pending.Clear();
        _current?.Return();
        _current = null;
        ArrayPool<byte>.Shared.Return(_input);
        _file.Dispose();
    }

    /// <summary>Reads the next batch of whole blocks and starts decompressing it, or null at the end of the file.</summary>
    private Task<Batch>? ReadBatch()
    {
        while (!_eof && _filled < BatchBytes)
        {
            var read = _file.Read(_input.AsSpan(_filled, BatchBytes + Bgzf.MaxBlockData - _filled));
            _eof = read == 0;
            _filled += read;
        }

        var at = 0;
        var output = 0;
        while (at < _filled)
        {
            var length = Bgzf.BlockLength(_input.AsSpan(at, _filled - at));
            if (length < 0 || at + length > _filled)
            {
                if (_eof || (length < 0 && _filled - at >= Bgzf.HeaderBytes))
                {
                    throw new InvalidDataException($"the BGZF block at byte {_fileOffset + at} is damaged or cut short: the file is truncated");
                }

                break;
            }

            output += Bgzf.DataLength(_input.AsSpan(at, length));
            at += length;
        }

        if (at == 0)
        {
            return _filled == 0 ? null : throw new InvalidDataException($"the BGZF block at byte {_fileOffset} is damaged or cut short: the file is truncated");
        }

        var blocks = _input;
        var next = ArrayPool<byte>.Shared.Rent(BatchBytes + 2 * Bgzf.MaxBlockData);
        _input.AsSpan(at, _filled - at).CopyTo(next);
        _input = next;
        _filled -= at;
        _fileOffset += at;
        var count = at;
        var size = output;
        return Task.Run(() =>
        {
            var data = ArrayPool<byte>.Shared.Rent(Math.Max(1, size));
            try
            {
                Bgzf.Decompress(blocks, count, data.AsSpan(0, size));
                return new Batch(data, size);
            }
            catch
            {
                ArrayPool<byte>.Shared.Return(data);
                throw;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(blocks);
            }
        });
    }

    private sealed class Batch(byte[] output, int length)
    {
        public byte[] Output { get; } = output;

        public int Length { get; } = length;

        public void Return() => ArrayPool<byte>.Shared.Return(Output);
    }
}

/// <summary>
/// Reads the given chunks of a BGZF file (in file order), seeking to each chunk's block and
/// decompressing block by block up to the chunk's end. Every offset is checked against the file:
/// an offset where no block starts, or past the data of its block, means the index does not match.
/// </summary>
internal sealed class BgzfChunkReader(string path, IReadOnlyList<BgzfChunk> chunks) : ISegmentSource
{
    private readonly FileStream _file = new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
    private readonly byte[] _block = new byte[Bgzf.MaxBlockData + 1024];
    private readonly byte[] _data = new byte[Bgzf.MaxBlockData];
    private long _dataOffset = -1;
    private int _dataLength;
    private int _chunk = -1;
    private long _nextBlock;
    private bool _startOfChunk;

    public long BytesRead { get; private set; }

    public bool Next(out Segment segment)
    {
        while (true)
        {
            if (_chunk >= 0 && _chunk < chunks.Count && _nextBlock <= (long)(chunks[_chunk].End >> 16))
            {
                var chunk = chunks[_chunk];
                var offset = _nextBlock;
                var length = Load(offset);
                _nextBlock = offset + length;
                var from = offset == (long)(chunk.Begin >> 16) ? (int)(chunk.Begin & 0xffff) : 0;
                var to = offset == (long)(chunk.End >> 16) ? (int)(chunk.End & 0xffff) : _dataLength;
                if (from > _dataLength || to > _dataLength)
                {
                    throw new InvalidDataException($"the index points {Math.Max(from, to)} bytes into the BGZF block at byte {offset}, which holds {_dataLength}: the index does not match the file");
                }

                BytesRead += Math.Max(0, to - from);
                segment = new Segment(_data.AsMemory(from, Math.Max(0, to - from)), _startOfChunk);
                _startOfChunk = false;
                return true;
            }

            if (++_chunk >= chunks.Count)
            {
                segment = default;
                return false;
            }

            if (chunks[_chunk].End < chunks[_chunk].Begin)
            {
                throw new InvalidDataException($"an index chunk ends (virtual offset {chunks[_chunk].End}) before it begins ({chunks[_chunk].Begin})");
            }

            _nextBlock = (long)(chunks[_chunk].Begin >> 16);
            _startOfChunk = true;
        }
    }

    public void Dispose() => _file.Dispose();

    /// <summary>Decompresses the block at <paramref name="offset"/> into the data buffer (kept when it is already there); returns the block's compressed length.</summary>
    private int Load(long offset)
    {
        if (offset >= _file.Length)
        {
            throw new InvalidDataException($"the index points at byte {offset}, past the end of the file ({_file.Length} bytes): the index does not match the file");
        }

        _file.Position = offset;
        var read = _file.ReadAtLeast(_block, _block.Length, throwOnEndOfStream: false);
        var length = Bgzf.BlockLength(_block.AsSpan(0, read));
        if (length < 0 || length > read)
        {
            throw new InvalidDataException($"the index points at byte {offset}, where no whole BGZF block starts: the index does not match the file");
        }

        if (offset != _dataOffset)
        {
            _dataLength = Bgzf.DataLength(_block.AsSpan(0, length));
            Bgzf.Decompress(_block, length, _data.AsSpan(0, _dataLength));
            _dataOffset = offset;
        }

        return length;
    }
}
