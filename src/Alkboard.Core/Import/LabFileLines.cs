using System.IO.Compression;
using System.Text;

namespace Alkboard.Core.Import;

/// <summary>
/// The physical lines of a lab file, plain, gzip or BGZF, with 1-based line numbers. Lines are cut
/// from the raw bytes (a line ends at LF, CR or CR LF, as <see cref="StreamReader.ReadLine"/> cuts
/// them), so that a reader can look at a record's bytes before it pays for a string
/// (<see cref="NextRaw"/>, then <see cref="Decode"/>); <see cref="Next"/> does both. Text is strict
/// UTF-8: invalid bytes in a decoded line throw <see cref="DecoderFallbackException"/>.
/// A BGZF file is decompressed block by block on the thread pool (<see cref="BgzfSequentialReader"/>);
/// another gzip file through <see cref="GZipStream"/>, which decompresses every member in turn but
/// does not report a file cut short (<see cref="GzipIntegrity"/> checks that at the end). Memory is
/// bounded: a few decompressed batches and the longest line (at most <see cref="MaxLineBytes"/>).
/// The splitting is written here rather than taken from a library: .NET's readers give strings only,
/// and the region filter of the VCF import (<see cref="VcfReader"/>) must skip lines without making one.
/// </summary>
internal sealed class LabFileLines : IDisposable
{
    /// <summary>The longest line read; a longer one is an error, not an unbounded buffer.</summary>
    public const int MaxLineBytes = 64 << 20;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly ISegmentSource _source;
    private ReadOnlyMemory<byte> _segment;
    private int _at;
    private byte[] _carry = new byte[4096];
    private bool _first = true;
    private bool _pendingLf;
    private bool _done;

    private LabFileLines(ISegmentSource source, bool gzip, bool bgzf, bool counted)
    {
        _source = source;
        IsGzip = gzip;
        IsBgzf = bgzf;
        Counted = counted;
    }

    /// <summary>True for a gzip or BGZF file.</summary>
    public bool IsGzip { get; }

    /// <summary>True for a BGZF file (which can be read through a tabix or CSI index).</summary>
    public bool IsBgzf { get; }

    /// <summary>False when the lines come from index chunks: their numbers in the file are not known, and <see cref="Number"/> stays 0.</summary>
    public bool Counted { get; }

    /// <summary>Bytes decompressed so far (0 for a plain file).</summary>
    public long DecompressedBytes => IsGzip ? _source.BytesRead : 0;

    /// <summary>The 1-based number of the line last returned (0 for lines read through an index).</summary>
    public int Number { get; private set; }

    public static LabFileLines Open(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        try
        {
            Span<byte> magic = stackalloc byte[2];
            var gzip = file.Read(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
            file.Position = 0;
            if (gzip && GzipIntegrity.IsBgzf(path))
            {
                file.Dispose();
                return new LabFileLines(new BgzfSequentialReader(path), gzip: true, bgzf: true, counted: true);
            }

            Stream stream = gzip ? new GZipStream(file, CompressionMode.Decompress, leaveOpen: false) : file;
            return new LabFileLines(new StreamSegments(stream), gzip, bgzf: false, counted: true);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>The lines of the given chunks of a BGZF file (begin and end virtual offsets, in file order), as a tabix or CSI index names them.</summary>
    public static LabFileLines OpenChunks(string path, IReadOnlyList<BgzfChunk> chunks) =>
        new(new BgzfChunkReader(path, chunks), gzip: true, bgzf: true, counted: false);

    /// <summary>The next line without its line end, decoded, or null at the end of the file.</summary>
    public string? Next() => NextRaw(out var line) ? Decode(line) : null;

    /// <summary>The next line's bytes without its line end (valid until the next call), or false at the end.</summary>
    public bool NextRaw(out ReadOnlySpan<byte> line)
    {
        var carried = 0;
        while (true)
        {
            if (_at >= _segment.Length)
            {
                if (_done || !NextSegment(carried))
                {
                    _done = true;
                    if (carried > 0 && !Counted)
                    {
                        throw new InvalidDataException("the last index chunk does not end at a record (the index does not match the file)");
                    }

                    if (carried > 0)
                    {
                        line = Finish(_carry.AsSpan(0, carried));
                        return true;
                    }

                    line = default;
                    return false;
                }

                continue;
            }

            var rest = _segment.Span[_at..];
            if (_pendingLf)
            {
                _pendingLf = false;
                if (rest[0] == (byte)'\n')
                {
                    _at++;
                    continue;
                }
            }

            var end = rest.IndexOfAny((byte)'\n', (byte)'\r');
            if (end < 0)
            {
                carried = Carry(rest, carried);
                _at = _segment.Length;
                continue;
            }

            _at += end + 1;
            if (rest[end] == (byte)'\r')
            {
                if (end + 1 < rest.Length)
                {
                    _at += rest[end + 1] == (byte)'\n' ? 1 : 0;
                }
                else
                {
                    _pendingLf = true;
                }
            }

            if (carried > 0)
            {
                carried = Carry(rest[..end], carried);
                line = Finish(_carry.AsSpan(0, carried));
            }
            else
            {
                line = Finish(rest[..end]);
            }

            return true;
        }
    }

    /// <summary>The line as text (strict UTF-8).</summary>
    public static string Decode(ReadOnlySpan<byte> line) => Strict.GetString(line);

    /// <summary>Reads to the end without decoding (to check a gzip file's size).</summary>
    public void SkipToEnd()
    {
        while (NextRaw(out _))
        {
        }
    }

    public void Dispose() => _source.Dispose();

    private bool NextSegment(int carried)
    {
        if (!_source.Next(out var segment))
        {
            return false;
        }

        if (segment.StartsRecord && carried > 0)
        {
            throw new InvalidDataException("an index chunk does not start at a record (the index does not match the file)");
        }

        _segment = segment.Bytes;
        _at = 0;
        return true;
    }

    private ReadOnlySpan<byte> Finish(ReadOnlySpan<byte> line)
    {
        if (Counted)
        {
            Number++;
        }

        if (_first)
        {
            _first = false;
            if (line.StartsWith("\uFEFF"u8))
            {
                return line[3..];
            }
        }

        return line;
    }

    private int Carry(ReadOnlySpan<byte> part, int carried)
    {
        var needed = carried + part.Length;
        if (needed > MaxLineBytes)
        {
            throw new InvalidDataException($"line {Number + 1} is longer than {MaxLineBytes >> 20} MB");
        }

        if (needed > _carry.Length)
        {
            Array.Resize(ref _carry, Math.Min(MaxLineBytes, Math.Max(needed, _carry.Length * 2)));
        }

        part.CopyTo(_carry.AsSpan(carried));
        return needed;
    }
}

/// <summary>A piece of decompressed file content; <see cref="StartsRecord"/> marks the first piece of an index chunk, where a line must start.</summary>
internal readonly record struct Segment(ReadOnlyMemory<byte> Bytes, bool StartsRecord);

/// <summary>Decompressed content in order, each piece valid until the next call.</summary>
internal interface ISegmentSource : IDisposable
{
    /// <summary>Decompressed (or plain) bytes read so far.</summary>
    long BytesRead { get; }

    bool Next(out Segment segment);
}

/// <summary>The content of a plain or gzip stream in 64 KB pieces.</summary>
internal sealed class StreamSegments(Stream stream) : ISegmentSource
{
    private readonly byte[] _buffer = new byte[1 << 16];

    public long BytesRead { get; private set; }

    public bool Next(out Segment segment)
    {
        var read = stream.Read(_buffer);
        BytesRead += read;
        segment = new Segment(_buffer.AsMemory(0, read), false);
        return read > 0;
    }

    public void Dispose() => stream.Dispose();
}
