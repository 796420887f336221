using Alkboard.Core.Cases;
using Alkboard.Core.Cases.Loading;
using Alkboard.Core.Tests.Support;

namespace Alkboard.Core.Tests.Cases;

/// <summary>The bundled seed cases load, and hold what their documents state.</summary>
public class SeedCaseTests
{
    public static TheoryData<string> Examples => [.. RepoPaths.ExampleCases().Select(f => Path.GetFileName(f)!)];

    private static PatientCase Load(string name)
    {
        var result = CaseLoader.LoadFile(Path.Combine(RepoPaths.Examples, name), Kb.Instance.Vocabulary);
        result.Errors.ShouldBeEmpty();
        return result.Case!;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_validates_and_names_its_source(string name)
    {
        var c = Load(name);

        c.Source.Synthetic.ShouldBeFalse();
        (c.Source.Doi ?? c.Source.Pmid ?? c.Source.Url).ShouldNotBeNull();
        c.Patient.Id.ShouldStartWith("seed-");
    }

    [Fact]
    public void The_six_seed_patients_are_bundled()
    {
        RepoPaths.ExampleCases().Select(f => Load(Path.GetFileName(f)).Patient.Id).Order(StringComparer.Ordinal)
            .ShouldBe(["seed-000-p1", "seed-000-p2", "seed-001-p1", "seed-001-p2", "seed-003", "seed-004"]);
    }

    [Fact]
    public void Seed_003_alectinib_600_mg_twice_daily_from_9_February_2023_then_450_mg_once_daily()
    {
        var line = Load("seed-003-cars1-alk-imt.yaml").TherapyLines.Single(l => l.Agents.Any(a => a.Drug.Value == "alectinib"));

        line.Start.ShouldBe(PartialDate.ParseOrThrow("2023-02-09"));
        line.Agents.Single().Dose.ShouldBe(new Dose(600, DoseUnit.Mg, DoseSchedule.TwiceDaily));
        line.DoseChanges.Last().NewDose.ShouldBe(new Dose(450, DoseUnit.Mg, DoseSchedule.OnceDaily));
        line.ReasonStopped.ShouldBe(StopReason.Ongoing);
    }

    [Fact]
    public void Seed_003_fusion_is_CARS1_exons_1_to_18_with_ALK_exons_20_to_29()
    {
        var fusion = Load("seed-003-cars1-alk-imt.yaml").MolecularTests.SelectMany(t => t.Results).OfType<FusionCall>().First();

        (fusion.FivePrimeGene?.Value, fusion.ThreePrimeGene.Value, fusion.FivePrimeExons, fusion.ThreePrimeExons).ShouldBe(("CARS1", "ALK", "1-18", "20-29"));
        (fusion.FivePrimeTranscript, fusion.ThreePrimeTranscript).ShouldBe(("NM_001014437", "NM_004304"));
    }

    [Fact]
    public void Seed_003_lesions_give_the_reported_77_4_percent_reduction()
    {
        var c = Load("seed-003-cars1-alk-imt.yaml");
        static decimal Sum(Assessment a) => a.Observations.Where(o => o.State is LesionState.Measured).Sum(o => o.SizeMm!.Value);
        var baseline = Sum(c.Assessments.Single(a => a.Id == "baseline"));
        var after = Sum(c.Assessments.Single(a => a.Id == "restaging-2mo"));

        Math.Round((after - baseline) / baseline * 100, 1).ShouldBe(-77.4m);
    }

    [Fact]
    public void Seed_004_crizotinib_ran_from_February_2012_to_August_2021_about_115_months()
    {
        var line = Load("seed-004-musculoskeletal-imt-sequential-tki.yaml").TherapyLines.Single(l => l.DrugsText == "crizotinib");

        // The report says 9.6 years (115 months); month-precision ends give 113 to 115 months.
        line.Duration!.Value.ToDisplayString().ShouldBe("113–115 months");
        line.ReasonStopped.ShouldBe(StopReason.Progression);
    }

    [Fact]
    public void Seed_004_sequence_is_crizotinib_alectinib_brigatinib_lorlatinib_doxorubicin_and_brain_metastases_are_recorded()
    {
        var c = Load("seed-004-musculoskeletal-imt-sequential-tki.yaml");

        c.TherapyLines.Skip(4).Select(l => l.DrugsText).ShouldBe(["crizotinib", "alectinib", "brigatinib", "lorlatinib", "doxorubicin"]);
        c.Diagnoses.ShouldContain(d => d.CnsMetastases == true && d.Extent == DiseaseExtent.Metastatic);
        c.Outcome!.VitalStatus.ShouldBe(VitalStatus.Dead);
        c.MolecularTests.SelectMany(t => t.Results).OfType<SequenceVariant>().Single().ShouldBe(new SequenceVariant(GeneSymbol.Of("PTPN1"), null, "c.1088+1G>A", null, c.MolecularTests.SelectMany(t => t.Results).OfType<SequenceVariant>().Single().Note));
    }

    [Fact]
    public void Seed_001_patient_1_has_ALK_L1196Q_after_alectinib_then_ceritinib()
    {
        var c = Load("seed-001-p1-rrbp1-alk-imt.json");

        c.MolecularTests.SelectMany(t => t.Results).OfType<SequenceVariant>().Single().HgvsProtein.ShouldBe("p.L1196Q");
        c.TherapyLines.Select(l => l.DrugsText).ShouldBe(["crizotinib", "alectinib", "ceritinib"]);
        c.Assessments.Single(a => a.Line == 3).ReportedResponse.ShouldBe(ResponseCategory.PR);
    }

    [Fact]
    public void Seed_000_patient_2_is_recorded_as_tested_ALK_negative()
    {
        var negative = Load("seed-000-p2-alk-negative-imt.yaml").MolecularTests.SelectMany(t => t.Results).OfType<NegativeResult>().Single();

        negative.Genes.ShouldBe(["ALK"]);
    }
}
