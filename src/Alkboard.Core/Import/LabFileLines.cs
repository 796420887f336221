using System.IO.Compression;
using System.Text;

namespace Alkboard.Core.Import;

/// <summary>
/// The physical lines of a lab file, plain or gzip/BGZF, with 1-based line numbers. BGZF is a
/// series of concatenated gzip members; .NET's <see cref="GZipStream"/> decompresses every member
/// in turn (checked on a 9-member BGZF file by the conformance tests), so no member loop is needed
/// here; it does not report a file cut short, which <see cref="GzipIntegrity"/> checks at the end.
/// </summary>
internal sealed class LabFileLines : IDisposable
{
    private readonly Stream _file;
    private readonly StreamReader _reader;
    private readonly CountingStream? _decompressed;

    private LabFileLines(Stream file, StreamReader reader, CountingStream? decompressed)
    {
        _file = file;
        _reader = reader;
        _decompressed = decompressed;
    }

    /// <summary>True for a gzip or BGZF file.</summary>
    public bool IsGzip => _decompressed is not null;

    /// <summary>Bytes decompressed so far (0 for a plain file).</summary>
    public long DecompressedBytes => _decompressed?.BytesRead ?? 0;

    /// <summary>The 1-based number of the line last returned.</summary>
    public int Number { get; private set; }

    public static LabFileLines Open(string path)
    {
        var file = File.OpenRead(path);
        try
        {
            Span<byte> magic = stackalloc byte[2];
            var gzip = file.Read(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
            file.Position = 0;
            var counting = gzip ? new CountingStream(new GZipStream(file, CompressionMode.Decompress, leaveOpen: false)) : null;
            var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            return new LabFileLines(file, new StreamReader(counting ?? (Stream)file, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16), counting);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>The next line without its line end, or null at the end of the file.</summary>
    public string? Next()
    {
        var line = _reader.ReadLine();
        if (line is not null)
        {
            Number++;
        }

        return line;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _file.Dispose();
    }
}
