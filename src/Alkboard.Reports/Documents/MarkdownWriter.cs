using System.Text;

namespace Alkboard.Reports.Documents;

/// <summary>Writes blocks as GitHub-flavoured Markdown.</summary>
public static class MarkdownWriter
{
    /// <summary>The Markdown for <paramref name="blocks"/>; table cells escape <c>|</c> and turn newlines into <c>&lt;br&gt;</c>.</summary>
    /// <param name="blocks">The report.</param>
    /// <returns>The document, ending with one newline.</returns>
    public static string Write(IEnumerable<Block> blocks)
    {
        var sb = new StringBuilder();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading h:
                    sb.Append('#', h.Level).Append(' ').Append(h.Text).Append("\n\n");
                    break;
                case Paragraph p:
                    sb.Append(p.Text).Append("\n\n");
                    break;
                case Notice n:
                    sb.Append(n.Text).Append("\n\n");
                    break;
                case Bullets b:
                    foreach (var item in b.Items)
                    {
                        sb.Append("- ").Append(item).Append('\n');
                    }

                    sb.Append('\n');
                    break;
                case TableBlock t:
                    sb.Append("| ").Append(string.Join(" | ", t.Headers.Select(Cell))).Append(" |\n");
                    sb.Append('|').Append(string.Concat(t.Headers.Select(_ => "---|"))).Append('\n');
                    foreach (var row in t.Rows)
                    {
                        sb.Append("| ").Append(string.Join(" | ", row.Select(Cell))).Append(" |\n");
                    }

                    sb.Append('\n');
                    break;
            }
        }

        return sb.ToString().TrimEnd() + "\n";
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal);
}
