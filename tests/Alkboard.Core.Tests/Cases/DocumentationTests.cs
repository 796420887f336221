using Alkboard.Core.Cases;
using Alkboard.Core.Tests.Support;

namespace Alkboard.Core.Tests.Cases;

public class DocumentationTests
{
    [Fact]
    public void Every_error_code_is_documented()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Docs, "case-errors.md"));

        CaseErrorCodes.All.Where(c => !doc.Contains($"`{c.Code}`", StringComparison.Ordinal)).Select(c => c.Code).ShouldBeEmpty();
    }

    [Fact]
    public void Every_histology_word_is_documented_with_its_OncoTree_code()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Docs, "case-format.md"));

        foreach (var histology in Enum.GetValues<Histology>())
        {
            doc.ShouldContain($"| `{HistologyCatalog.Word(histology)}` |");
            if (HistologyCatalog.OncoTreeCode(histology) is { } code)
            {
                doc.ShouldContain($"| {code} |");
            }
        }
    }
}
