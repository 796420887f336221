namespace Alkboard.Core.Diagnostics;

/// <summary>Where something is in an input file: 1-based line and column, and the JSON path ($.a.b[0]).</summary>
public sealed record SourceLocation(string File, int Line, int Column, string Path)
{
    /// <summary>"file:line:column".</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}
