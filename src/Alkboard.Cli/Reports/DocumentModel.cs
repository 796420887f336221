namespace Alkboard.Cli.Reports;

/// <summary>A report as blocks, written once and rendered to Markdown or HTML.</summary>
internal abstract record Block;

internal sealed record Heading(int Level, string Text) : Block;

internal sealed record Paragraph(string Text) : Block;

internal sealed record Bullets(IReadOnlyList<string> Items) : Block;

internal sealed record TableBlock(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : Block;
