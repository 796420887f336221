using System.Net;
using System.Text;

namespace Alkboard.Reports.Documents;

/// <summary>Writes blocks as one self-contained, printable HTML page (inline CSS, no scripts, no external resources).</summary>
public static class HtmlWriter
{
    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.45}
        h1{font-size:1.6rem;border-bottom:2px solid #333;padding-bottom:.3rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #bbb}h3{font-size:1.05rem}
        table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.9rem}th,td{border:1px solid #bbb;padding:.3rem .45rem;text-align:left;vertical-align:top}
        th{background:#eef1f4}p.disclaimer{border-left:4px solid #b45309;background:#fff7ed;padding:.5rem .75rem}
        @media print{body{margin:0;max-width:none}h2{page-break-after:avoid}tr{page-break-inside:avoid}}
        """;

    /// <summary>The page for <paramref name="blocks"/>, every text HTML-encoded.</summary>
    /// <param name="title">The page title.</param>
    /// <param name="blocks">The report.</param>
    /// <returns>The whole HTML document.</returns>
    public static string Write(string title, IEnumerable<Block> blocks)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(title)).Append("</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading h:
                    sb.Append($"<h{h.Level}>").Append(E(h.Text)).Append($"</h{h.Level}>\n");
                    break;
                case Paragraph p:
                    sb.Append("<p>").Append(E(p.Text)).Append("</p>\n");
                    break;
                case Notice n:
                    sb.Append("<p class=\"disclaimer\">").Append(E(n.Text)).Append("</p>\n");
                    break;
                case Bullets b:
                    sb.Append("<ul>\n");
                    foreach (var item in b.Items)
                    {
                        sb.Append("<li>").Append(E(item)).Append("</li>\n");
                    }

                    sb.Append("</ul>\n");
                    break;
                case TableBlock t:
                    sb.Append("<table>\n<thead><tr>").Append(string.Concat(t.Headers.Select(h => $"<th>{E(h)}</th>"))).Append("</tr></thead>\n<tbody>\n");
                    foreach (var row in t.Rows)
                    {
                        sb.Append("<tr>").Append(string.Concat(row.Select(c => $"<td>{E(c).Replace("\n", "<br>", StringComparison.Ordinal)}</td>"))).Append("</tr>\n");
                    }

                    sb.Append("</tbody>\n</table>\n");
                    break;
            }
        }

        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
