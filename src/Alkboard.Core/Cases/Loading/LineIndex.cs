namespace Alkboard.Core.Cases.Loading;

/// <summary>Maps byte offsets of a UTF-8 text to 1-based line and column.</summary>
internal static class LineIndex
{
    public static int[] Build(ReadOnlySpan<byte> utf8)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    public static (int Line, int Column) Locate(int[] lineStarts, long offset)
    {
        var index = Array.BinarySearch(lineStarts, (int)offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, (int)offset - lineStarts[line] + 1);
    }
}
