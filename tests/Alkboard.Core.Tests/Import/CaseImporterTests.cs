using System.Text;
using Alkboard.Core.Cases;
using Alkboard.Core.Cases.Loading;
using Alkboard.Core.Import;
using Alkboard.Core.Tests.Support;

namespace Alkboard.Core.Tests.Import;

public class CaseImporterTests
{
    private static readonly ImportedTestDetails Details = new(PartialDate.ParseOrThrow("2024-03"), null, TestMethod.RnaSeq, new Specimen(SpecimenKind.Tissue, null));

    [Fact]
    public void Adds_one_test_per_sample_keeps_the_case_as_written_and_provenance_round_trips()
    {
        var caseFile = Path.Combine(RepoPaths.Examples, "seed-003-cars1-alk-imt.yaml");
        var before = File.ReadAllBytes(caseFile);
        var original = CaseLoader.LoadFile(caseFile, Kb.Instance.Vocabulary).Case!;
        var imports = new[] { ImportFixtures.Import("synthetic.arriba.tsv"), ImportFixtures.Import("seed-001-p1.vep.vcf") };

        var result = CaseImporter.AddToCase(caseFile, imports, Details, Kb.Instance);

        result.Errors.Where(e => e.IsError).ShouldBeEmpty();
        File.ReadAllBytes(caseFile).ShouldBe(before);
        var imported = result.Case!;
        imported.MolecularTests.Length.ShouldBe(original.MolecularTests.Length + 2);
        Flat(imported.MolecularTests.Take(original.MolecularTests.Length)).ShouldBe(Flat(original.MolecularTests));
        imported.Patient.ShouldBe(original.Patient);
        imported.TherapyLines.Select(l => l.ToString()).ShouldBe(original.TherapyLines.Select(l => l.ToString()));
        imported.Assessments.Select(a => a.ToString()).ShouldBe(original.Assessments.Select(a => a.ToString()));
        var added = imported.MolecularTests[^2..];
        added.Select(t => t.Id).ShouldBe(["import-synthetic-arriba", "import-tumor"]);
        added.ShouldAllBe(t => t.Method == TestMethod.RnaSeq && t.Date.HasValue && t.Date.Value.Text == "2024-03" && t.Specimen.Kind == SpecimenKind.Tissue);
        added[1].Results.ShouldHaveSingleItem().Provenance.ShouldBe(imports[1].Results[0].Provenance);
        added[0].Results.Select(r => r.Provenance!.Line).ShouldBe([2, 4]);
    }

    [Fact]
    public void The_written_case_loads_again_to_the_same_model()
    {
        var caseFile = Path.Combine(RepoPaths.Examples, "seed-001-p1-rrbp1-alk-imt.json");
        var result = CaseImporter.AddToCase(caseFile, [ImportFixtures.Import("synthetic.unannotated.grch37.vcf")], Details, Kb.Instance);

        var again = CaseLoader.LoadBytes(Encoding.UTF8.GetBytes(result.CaseJson!), "again.json", CaseFileFormat.Json, Kb.Instance.Vocabulary);

        again.Errors.ShouldBeEmpty();
        Flat(again.Case!.MolecularTests).ShouldBe(Flat(result.Case!.MolecularTests));
        again.Case.MolecularTests[^1].Results.Length.ShouldBe(4);
    }

    /// <summary>Tests and their results as values (ImmutableArray compares by reference).</summary>
    private static List<object> Flat(IEnumerable<MolecularTest> tests) =>
        [.. tests.SelectMany(t => t.Results.Cast<object>().Prepend(t with { Results = default }))];

    [Fact]
    public void A_test_that_breaks_a_case_rule_rejects_the_import()
    {
        var caseFile = Path.Combine(RepoPaths.Examples, "seed-001-p1-rrbp1-alk-imt.json");
        var line9 = Details with { Line = 9 };

        var result = CaseImporter.AddToCase(caseFile, [ImportFixtures.Import("seed-001-p1.arriba.tsv")], line9, Kb.Instance);

        result.Success.ShouldBeFalse();
        result.CaseJson.ShouldBeNull();
        result.Errors.ShouldAllBe(e => e.Code == ImportErrorCodes.CaseRejected);
    }
}
