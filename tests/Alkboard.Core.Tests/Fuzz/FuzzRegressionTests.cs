using System.Text;
using Alkboard.Core.Cases;
using Alkboard.Core.Cases.Loading;
using Alkboard.Core.Genomics;
using Alkboard.Core.Knowledge;
using Alkboard.Core.Tests.Support;

namespace Alkboard.Core.Tests.Fuzz;

/// <summary>
/// Inputs found by coverage-guided fuzzing (scripts/fuzz, docs/reliability.md) that crashed a
/// reader; each must now be a located error with its code, never an exception.
/// </summary>
public class FuzzRegressionTests
{
    /// <summary>
    /// Regex \d matches every Unicode decimal digit (NKo, Arabic-Indic, …) but int.Parse with the
    /// invariant culture reads only ASCII digits: "L" + NKo digit four threw FormatException.
    /// </summary>
    [Theory]
    [InlineData("L\u06f3")]            // afl-fuzz alteration crash id:000000 (bytes 4c db b3)
    [InlineData("J\u07c4500")]         // id:000001 (NKo digit four)
    [InlineData("B50\u07c451")]        // id:000002
    [InlineData("*\u07c9")]            // id:000003
    [InlineData("ALK L\u07c4")]
    [InlineData("ALK G1202R+L\u07c46")]
    public void A_protein_change_with_non_ascii_digits_is_not_an_alteration(string input)
    {
        var result = AlterationParser.Parse(input, Kb.Instance.Catalog);
        result.Success.ShouldBeFalse();
        result.Error!.Code.ShouldBe(GenomicsErrorCodes.Unreadable);
    }

    [Fact]
    public void A_protein_change_with_non_ascii_digits_is_none()
    {
        ProteinChange.TryParse("L\u07c4").ShouldBeNull();
        ProteinChange.TryParse("p.Leu\u06f3\u06f3").ShouldBeNull();
    }

    private static string Folder => Path.Combine(RepoPaths.Root, "tests", "Alkboard.Core.Tests", "Fuzz");

    /// <summary>
    /// YamlDotNet's representation model threw ArgumentException ("The current event is of an
    /// unsupported type", "Global tags must be valid URIs") on input its parser let through; afl-fuzz case-yaml crashes.
    /// </summary>
    [Theory]
    [InlineData("ontion:o:\n  : 1-s &B")]   // case-yaml crash id:000001, as found
    [InlineData("!!]c]c")]                  // case-yaml crash id:000003
    public void YAML_that_YamlDotNet_rejects_with_ArgumentException_is_a_syntax_error(string yaml)
    {
        var result = CaseLoader.LoadBytes(Encoding.UTF8.GetBytes(yaml), "case.yaml", CaseFileFormat.Yaml, Kb.Instance.Vocabulary);
        result.Case.ShouldBeNull();
        result.Errors.Select(e => e.Code).ShouldBe([CaseErrorCodes.Syntax]);
        result.Errors[0].Location.File.ShouldBe("case.yaml");
    }

    [Theory]
    [InlineData("case-yaml-crash-000000.yaml")]
    [InlineData("case-yaml-crash-000002.yaml")]
    public void A_fuzzed_case_file_that_crashed_the_loader_is_a_syntax_error(string name)
    {
        var result = CaseLoader.LoadBytes(File.ReadAllBytes(Path.Combine(Folder, name)), name, CaseFileFormat.Yaml, Kb.Instance.Vocabulary);
        result.Case.ShouldBeNull();
        result.Errors.Select(e => e.Code).ShouldBe([CaseErrorCodes.Syntax]);
    }

    /// <summary>The knowledge loader reads YAML with the same library, so the same inputs are refused there.</summary>
    [Theory]
    [InlineData("ontion:o:\n  : 1-s &B")]
    [InlineData("!!]c]c")]
    public void A_knowledge_file_that_YamlDotNet_rejects_with_ArgumentException_is_unreadable(string yaml)
    {
        var dir = Path.Combine(Path.GetTempPath(), "alkboard-fuzz-tests", Guid.NewGuid().ToString("N"));
        foreach (var source in Directory.EnumerateFiles(Kb.Folder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(dir, Path.GetRelativePath(Kb.Folder, source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }

        File.WriteAllText(Path.Combine(dir, "drugs.yaml"), yaml);
        var (kb, problems) = KnowledgeLoader.Load(dir);
        kb.ShouldBeNull();
        problems.ShouldContain(p => p.Code == KnowledgeErrorCodes.Unreadable && p.Location.File.EndsWith("drugs.yaml", StringComparison.Ordinal));
    }

    /// <summary>afl-fuzz knowledge crash (drugs.yaml mutated): YamlDotNet's parser threw InvalidOperationException.</summary>
    [Fact]
    public void A_fuzzed_knowledge_file_that_crashed_the_loader_is_unreadable()
    {
        var dir = Path.Combine(Path.GetTempPath(), "alkboard-fuzz-tests", Guid.NewGuid().ToString("N"));
        foreach (var source in Directory.EnumerateFiles(Kb.Folder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(dir, Path.GetRelativePath(Kb.Folder, source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }

        File.Copy(Path.Combine(Folder, "knowledge-crash-drugs.yaml"), Path.Combine(dir, "drugs.yaml"), overwrite: true);
        var (kb, problems) = KnowledgeLoader.Load(dir);
        kb.ShouldBeNull();
        problems.ShouldContain(p => p.Code == KnowledgeErrorCodes.Unreadable && p.Location.File.EndsWith("drugs.yaml", StringComparison.Ordinal));
    }
}
