using System.Reflection;
using Alkboard.Core.Import;
using Alkboard.Core.Tests.Support;

namespace Alkboard.Core.Tests.Import;

public class ImportDocumentationTests
{
    private static IEnumerable<string> Codes() =>
        typeof(ImportErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);

    [Fact]
    public void Every_import_error_code_is_in_the_error_table()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Docs, "case-errors.md"));

        Codes().Where(c => !doc.Contains($"| `{c}` |", StringComparison.Ordinal)).ShouldBeEmpty();
        Codes().ShouldBeUnique();
    }

    [Fact]
    public void The_import_guide_names_every_format_and_the_cli_reference_points_to_it()
    {
        var guide = File.ReadAllText(Path.Combine(RepoPaths.Docs, "import.md"));
        var cli = File.ReadAllText(Path.Combine(RepoPaths.Docs, "cli.md"));

        foreach (var word in new[] { "vcf", "arriba", "star_fusion", "fusioncatcher", "fusion_table", "oncokb_fusions", "oncokb_sv", "gistic_cna", "cna_table", "oncokb_clinical" })
        {
            guide.ShouldContain(word);
        }

        cli.ShouldContain("(import.md)");
    }
}
