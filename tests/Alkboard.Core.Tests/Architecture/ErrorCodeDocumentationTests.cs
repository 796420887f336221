using System.Reflection;
using Alkboard.Core.Diagnostics;
using Alkboard.Core.Tests.Support;

namespace Alkboard.Core.Tests.Architecture;

/// <summary>
/// Every code family (ALK-CASE, ALK-IMPORT, ALK-KB, ALK-GEN, ALK-RECIST, ALK-CSV, …) is a static
/// class of constants named <c>*Codes</c> in Core; each code has a row in docs/case-errors.md and no
/// two constants share a code, so a new family or code cannot ship undocumented.
/// </summary>
public class ErrorCodeDocumentationTests
{
    private static List<(string Family, string Code)> Codes() =>
        [.. typeof(Diagnostic).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: true, IsSealed: true } && t.Name.EndsWith("Codes", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string))
                .Select(f => (t.Name, (string)f.GetRawConstantValue()!)))
            .Where(c => c.Item2.StartsWith("ALK-", StringComparison.Ordinal))];

    [Fact]
    public void Every_code_of_every_family_has_a_row_in_the_error_reference()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Docs, "case-errors.md"));
        var codes = Codes();

        codes.Select(c => c.Family).Distinct().Count().ShouldBeGreaterThanOrEqualTo(6);
        codes.Where(c => !doc.Contains($"| `{c.Code}` |", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public void No_two_constants_share_a_code_and_each_family_has_one_prefix()
    {
        var codes = Codes();

        codes.Select(c => c.Code).ShouldBeUnique();
        codes.GroupBy(c => c.Family).Where(g => g.Select(c => c.Code[..c.Code.LastIndexOf('-')]).Distinct().Count() != 1).Select(g => g.Key).ShouldBeEmpty();
    }

    [Fact]
    public void Every_documented_code_exists()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Docs, "case-errors.md"));
        var known = Codes().Select(c => c.Code).Append("ALK-INTERNAL-001").ToHashSet();

        System.Text.RegularExpressions.Regex.Matches(doc, @"^\| `(ALK-[A-Z]+-\d{3})` \|", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value).Where(c => !known.Contains(c)).ShouldBeEmpty();
    }
}
