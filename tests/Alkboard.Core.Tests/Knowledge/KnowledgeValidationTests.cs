using Alkboard.Core.Knowledge;
using Alkboard.Core.Tests.Support;

namespace Alkboard.Core.Tests.Knowledge;

/// <summary>A broken copy of the knowledge base is refused with the problem's code.</summary>
public class KnowledgeValidationTests
{
    private static IReadOnlyList<Alkboard.Core.Diagnostics.Diagnostic> LoadBroken(string file, string from, string to)
    {
        var dir = Path.Combine(Path.GetTempPath(), "alkboard-kb-tests", Guid.NewGuid().ToString("N"));
        foreach (var source in Directory.EnumerateFiles(Kb.Folder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(dir, Path.GetRelativePath(Kb.Folder, source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }

        var path = Path.Combine(dir, file);
        var text = File.ReadAllText(path);
        text.ShouldContain(from);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
        var (kb, problems) = KnowledgeLoader.Load(dir);
        kb.ShouldBeNull();
        return problems;
    }

    [Theory]
    [InlineData("genes.yaml", "- symbol: ALK\n  role: kinase_driver", "- symbol: ALK\n  role: kinase_drivr", KnowledgeErrorCodes.InvalidValue)]
    [InlineData("statements.yaml", "  citations: [xu2019]", "  citations: []", KnowledgeErrorCodes.Uncited)]
    [InlineData("statements.yaml", "  citations: [xu2019]", "  citations: [nobody2099]", KnowledgeErrorCodes.UnknownCitation)]
    [InlineData("statements.yaml", "  drugs: [lorlatinib]", "  drugs: [wonderinib]", KnowledgeErrorCodes.UnknownDrug)]
    [InlineData("statements.yaml", "  alteration: \"ALK G1269A\"", "  alteration: \"ALK fusion\"\n  colour: red", KnowledgeErrorCodes.Unreadable)]
    [InlineData("statements.yaml", "  level: \"R2\"\n  tumorType: EIMS", "  level: \"5\"\n  tumorType: EIMS", KnowledgeErrorCodes.InvalidValue)]
    [InlineData("statements.yaml", "  level: \"R2\"\n  tumorType: EIMS", "  level: \"3A\"\n  tumorType: EIMS", KnowledgeErrorCodes.LevelDirectionMismatch)]
    [InlineData("statements.yaml", "  alteration: \"ALK G1269A\"", "  alteration: \"ALK G1269A Q\"", KnowledgeErrorCodes.BadAlteration)]
    [InlineData("statements.yaml", "  alteration: \"ALK G1269A\"", "  alteration: \"ZZZ9 G1269A\"", KnowledgeErrorCodes.UnknownGene)]
    [InlineData("citations.yaml", "  doi: \"10.3892/ol.2018.9865\"", "  url: \"https://example.org/paper\"", KnowledgeErrorCodes.CitationWithoutIdentifier)]
    [InlineData("drugs.yaml", "  adultDose: { value: \"100 mg orally once daily, with or without food\", citations: [fda-lorbrena-2021] }", "  adultDose: { value: \"100 mg orally once daily, with or without food\", citations: [] }", KnowledgeErrorCodes.Uncited)]
    [InlineData("drugs.yaml", "  adultDose: { value: \"100 mg orally once daily, with or without food\", citations: [fda-lorbrena-2021] }", "  adultDose: { value: \"100 mg orally once daily, with or without food\", citations: [cooper2022] }", KnowledgeErrorCodes.DoseWithoutRegulatorySource)]
    [InlineData("agents.yaml", "- { name: naproxen, class: nsaid, citations: [cochin2025] }", "- { name: naproxen, class: nsaid, citations: [] }", KnowledgeErrorCodes.Uncited)]
    [InlineData("trials.yaml", "  drugs: [neladalkib]", "  drugs: [neladalkibb]", KnowledgeErrorCodes.UnknownDrug)]
    [InlineData("drugs.yaml", "    - { name: \"LDK378\", kind: code, citations: [shaw2014-ceritinib] }", "    - { name: \"LDK378\", kind: code, citations: [shaw2014-ceritinib] }\n    - { name: \"Xalkori\", kind: brand, citations: [shaw2014-ceritinib] }", KnowledgeErrorCodes.Duplicate)]
    [InlineData("approvals.yaml", "  drug: alectinib", "  drug: alectinibb", KnowledgeErrorCodes.UnknownDrug)]
    [InlineData("statements.yaml", "  citations: [xu2019]", "  citations: &c [xu2019]", KnowledgeErrorCodes.OutOfBounds)]
    [InlineData("release.yaml", "release: \"2026.12.1\"", "release: \"2026.12.1\"\nlaughs: &a [x, x]\nmore: [*a, *a]", KnowledgeErrorCodes.OutOfBounds)]
    [InlineData("gene-regions.yaml", "{ gene: ALK, chrom: \"2\"", "{ gene: ALK, chrom: \"chr2\"", KnowledgeErrorCodes.GeneRegion)]
    [InlineData("gene-regions.yaml", "start: 29192774, end: 29921566", "start: 29921566, end: 29192774", KnowledgeErrorCodes.GeneRegion)]
    [InlineData("gene-regions.yaml", "      - { gene: ROS1, chrom: \"6\", start: 117288300, end: 117425855, ensembl: ENSG00000047936 }\n", "", KnowledgeErrorCodes.GeneRegion)]
    [InlineData("gene-regions.yaml", "  - build: GRCh38", "  - build: hg38", KnowledgeErrorCodes.GeneRegion)]
    [InlineData("gene-regions.yaml", "{ gene: ALK,", "{ gene: ALKX,", KnowledgeErrorCodes.UnknownGene)]
    [InlineData("gene-regions.yaml", "citations: [cnvkit-ensembl-gene-info-hg38]", "citations: []", KnowledgeErrorCodes.Uncited)]
    [InlineData("gene-regions.yaml", "flank: 5000", "flank: -1", KnowledgeErrorCodes.GeneRegion)]
    public void Broken_knowledge_is_refused_with_its_code(string file, string from, string to, string code)
    {
        LoadBroken(file, from, to).Select(p => p.Code).ShouldContain(code);
    }

    [Fact]
    public void A_knowledge_file_nested_too_deep_is_refused_at_its_line_before_it_is_read()
    {
        var deep = new string('[', 40) + new string(']', 40);
        var problems = LoadBroken("genes.yaml", "- symbol: ALK", "- symbol: ALK\n  deep: " + deep);

        var p = problems.Single(p => p.Code == KnowledgeErrorCodes.OutOfBounds);
        p.Location.File.ShouldEndWith("genes.yaml");
        p.Location.Line.ShouldBeGreaterThan(0);
        p.Message.ShouldContain("nested more than 32 levels");
    }
}
