using Alkboard.Reports.Documents;

namespace Alkboard.Reports.Tests;

public sealed class DocumentWriterTests
{
    private static readonly Block[] Hostile =
    [
        new Heading(1, "Report <script>alert(1)</script>"),
        new Notice("Decision support & nothing more"),
        new Paragraph("Plain <b>text</b>"),
        new Bullets(["one", "two | three"]),
        new TableBlock(["Drug", "Why"], [["a|b", "line 1\nline 2"], ["<i>", "&"]]),
    ];

    [Fact]
    public void Html_encodes_every_text_so_no_case_field_becomes_markup()
    {
        var html = HtmlWriter.Write("t <x>", Hostile);

        html.ShouldNotContain("<script>");
        html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        html.ShouldContain("<title>t &lt;x&gt;</title>");
        html.ShouldContain("<td>&lt;i&gt;</td><td>&amp;</td>");
        html.ShouldNotContain("<b>text</b>");
    }

    [Fact]
    public void Html_sets_the_notice_apart_and_leaves_ordinary_paragraphs_plain()
    {
        var html = HtmlWriter.Write("t", Hostile);

        html.ShouldContain("<p class=\"disclaimer\">Decision support &amp; nothing more</p>");
        html.ShouldContain("<p>Plain &lt;b&gt;text&lt;/b&gt;</p>");
    }

    [Fact]
    public void Html_is_one_self_contained_page_without_scripts_or_external_resources()
    {
        var html = HtmlWriter.Write("t", Hostile);

        html.ShouldStartWith("<!DOCTYPE html>");
        html.ShouldEndWith("</html>\n");
        html.ShouldNotContain("<script");
        html.ShouldNotContain("http://");
        html.ShouldNotContain("https://");
    }

    [Fact]
    public void Html_keeps_line_breaks_inside_cells()
    {
        HtmlWriter.Write("t", Hostile).ShouldContain("<td>line 1<br>line 2</td>");
    }

    [Fact]
    public void Markdown_escapes_pipes_in_cells_and_keeps_the_table_shape()
    {
        var md = MarkdownWriter.Write(Hostile);
        var table = md.Split('\n').Where(l => l.StartsWith('|')).ToList();

        table.ShouldBe(["| Drug | Why |", "|---|---|", "| a\\|b | line 1<br>line 2 |", "| <i> | & |"]);
    }

    [Fact]
    public void Markdown_writes_headings_bullets_and_the_notice_in_order_and_ends_with_one_newline()
    {
        var md = MarkdownWriter.Write(Hostile);

        md.ShouldStartWith("# Report <script>alert(1)</script>\n\nDecision support & nothing more\n\nPlain <b>text</b>\n\n- one\n- two | three\n\n");
        md.ShouldEndWith(" |\n");
        md.ShouldNotEndWith("\n\n");
    }
}
