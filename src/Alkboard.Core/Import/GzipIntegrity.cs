using System.Buffers.Binary;

namespace Alkboard.Core.Import;

/// <summary>
/// Detects a truncated gzip or BGZF file, which <see cref="System.IO.Compression.GZipStream"/>
/// reads to its end without an error (a half-copied file would otherwise be half-imported). A BGZF
/// file must chain its blocks to the end of the file and finish with the 28-byte end-of-file block
/// of the SAM/BAM specification's BGZF section; another gzip file must end with the size its last
/// trailer states (so a concatenation of plain gzip files is refused: recompress it with bgzip).
/// </summary>
internal static class GzipIntegrity
{
    private static readonly byte[] BgzfEof =
        [0x1f, 0x8b, 0x08, 0x04, 0, 0, 0, 0, 0, 0xff, 0x06, 0, 0x42, 0x43, 0x02, 0, 0x1b, 0, 0x03, 0, 0, 0, 0, 0, 0, 0, 0, 0];

    /// <summary>True when the file starts with a BGZF block (then <see cref="CheckBgzf"/> applies, before reading).</summary>
    public static bool IsBgzf(string path)
    {
        using var file = File.OpenRead(path);
        return BlockSize(file, 0, new byte[1024]) is not null;
    }

    /// <summary>For a gzip file that is not BGZF, after reading it whole: null when the size its trailer states matches, else what is wrong.</summary>
    public static string? CheckGzip(string path, long decompressedBytes)
    {
        using var file = File.OpenRead(path);
        var length = file.Length;
        if (length < 18)
        {
            return "the gzip file is cut short";
        }

        var trailer = new byte[4];
        file.Position = length - 4;
        file.ReadExactly(trailer);
        return BinaryPrimitives.ReadUInt32LittleEndian(trailer) == (uint)decompressedBytes
            ? null
            : "the gzip file's size check fails: it is truncated, or several gzip files were concatenated (recompress it with bgzip)";
    }

    /// <summary>For a BGZF file: null when its blocks chain to the end and the last is the end-of-file block. Reads only block headers.</summary>
    public static string? CheckBgzf(string path)
    {
        using var file = File.OpenRead(path);
        var length = file.Length;
        var header = new byte[1024];
        long at = 0;
        long last = 0;
        while (at < length)
        {
            if (BlockSize(file, at, header) is not { } size || at + size > length)
            {
                return $"the BGZF block at byte {at} is damaged or cut short: the file is truncated";
            }

            last = at;
            at += size;
        }

        var tail = new byte[BgzfEof.Length];
        if (length - last != BgzfEof.Length)
        {
            return "the BGZF file has no end-of-file block: it is truncated (or was not written by bgzip)";
        }

        file.Position = last;
        file.ReadExactly(tail);
        return tail.AsSpan().SequenceEqual(BgzfEof) ? null : "the BGZF file has no end-of-file block: it is truncated (or was not written by bgzip)";
    }

    /// <summary>The total length of the BGZF block (gzip member with the 'BC' extra subfield) at <paramref name="at"/>, or null when none starts there.</summary>
    private static long? BlockSize(FileStream file, long at, byte[] buffer)
    {
        file.Position = at;
        var read = file.ReadAtLeast(buffer, Math.Min(buffer.Length, Bgzf.HeaderBytes), throwOnEndOfStream: false);
        var length = Bgzf.BlockLength(buffer.AsSpan(0, read));
        return length < 0 ? null : length;
    }
}
