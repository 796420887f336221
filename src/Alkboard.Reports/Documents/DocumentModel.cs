namespace Alkboard.Reports.Documents;

/// <summary>A report as blocks, written once and rendered to Markdown or HTML by <see cref="MarkdownWriter"/> and <see cref="HtmlWriter"/>.</summary>
public abstract record Block;

/// <summary>A section heading; <paramref name="Level"/> 1 is the title.</summary>
/// <param name="Level">1 to 6.</param>
/// <param name="Text">The heading.</param>
public sealed record Heading(int Level, string Text) : Block;

/// <summary>A paragraph of plain text.</summary>
/// <param name="Text">The text; never interpreted as markup.</param>
public sealed record Paragraph(string Text) : Block;

/// <summary>A paragraph the reader must not miss (the decision-support disclaimer): set apart in HTML.</summary>
/// <param name="Text">The text; never interpreted as markup.</param>
public sealed record Notice(string Text) : Block;

/// <summary>A bulleted list.</summary>
/// <param name="Items">One text per bullet.</param>
public sealed record Bullets(IReadOnlyList<string> Items) : Block;

/// <summary>A table; every row has as many cells as there are headers.</summary>
/// <param name="Headers">Column headings.</param>
/// <param name="Rows">Cells row by row; a newline inside a cell is a line break.</param>
public sealed record TableBlock(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : Block;
