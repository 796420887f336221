using Alkboard.Core.Cases;
using Alkboard.Core.Recommendation;
using Alkboard.Core.Tests.Support;
using static Alkboard.Core.Tests.Recommendation.RecommendationTestCases;

namespace Alkboard.Core.Tests.Recommendation;

/// <summary>
/// Review 2, F9: a fusion whose source names both genes but not which is 5' (the OncoKB annotator's
/// fusion and structural-variant tables, read with the fusion kinase as 3') never establishes ALK
/// positivity or a retained kinase domain by itself, whatever the method: with ALK as the 5'
/// partner (ALK::PTPN3) the kinase domain is not in the fusion (CLINICAL-LOGIC section 1).
/// </summary>
public class InferredOrientationTests
{
    private static PatientCase Alone(string method, string fivePrime = "PTPN3") => SyntheticCase.Load($$"""
        schemaVersion: 1
        source: { citation: "Synthetic orientation test", synthetic: true }
        patient: { id: synth-orientation, sex: female, ageAtDiagnosis: 30 }
        diagnoses: [ { date: 2020-01, histology: imt, extent: metastatic } ]
        molecularTests:
          - { id: table, date: 2020-01, method: {{method}}, results: [ { kind: fusion, fivePrime: {{fivePrime}}, threePrime: ALK, orientationInferred: true } ] }
        """);

    [Theory]
    [InlineData("rna_panel")]
    [InlineData("rna_seq")]
    [InlineData("pcr")]
    [InlineData("fish")]
    [InlineData("dna_panel")]
    [InlineData("wgs")]
    [InlineData("unspecified")]
    public void An_inferred_orientation_never_establishes_alk_positivity_whatever_the_method(string method)
    {
        var c = Alone(method);
        var fusion = (FusionCall)c.MolecularTests[0].Results[0];

        var r = Recommend(c);

        fusion.OrientationInferred.ShouldBeTrue();
        AlkStatus.Establishes(c.MolecularTests[0], fusion).ShouldBeFalse();
        AlkStatus.KeepsKinaseDomain(fusion).ShouldBeFalse();
        r.AlkStatus.Kind.ShouldBe(AlkStatusKind.Unconfirmed);
        r.AlkStatus.Reasons.ShouldHaveSingleItem().ShouldContain(
            "does not establish ALK positivity (orientation not given by the source: ALK is read as 3' only because it is the fusion kinase; if the event is ALK::PTPN3, the ALK kinase domain is not in the fusion)");
        r.DecisionPoint.ShouldBe(DecisionPoint.AlkStatusUnconfirmed);
        r.Options.ShouldNotContain(o => o.Kind == OptionKind.Drug);
        r.Options[0].Rule.ShouldBe(RecommendationRules.ConfirmAlkStatus.Id);
        r.Findings.ShouldHaveSingleItem().Notes.ShouldContain(n => n.StartsWith("does not establish ALK positivity: PTPN3::ALK fusion", StringComparison.Ordinal)
            && n.Contains("orientation not given by the source", StringComparison.Ordinal));
    }

    [Fact]
    public void A_well_known_pair_is_no_exception()
    {
        var r = Recommend(Alone("rna_seq", fivePrime: "EML4"));

        r.AlkStatus.Kind.ShouldBe(AlkStatusKind.Unconfirmed);
        r.Options.ShouldNotContain(o => o.Kind == OptionKind.Drug);
    }

    [Fact]
    public void The_same_fusion_established_by_another_test_takes_the_finding_and_the_ranking_is_as_without_the_table()
    {
        var established = Synthetic(string.Empty); // an RNA-panel EML4::ALK call
        var table = Alone("unspecified", fivePrime: "EML4").MolecularTests[0];
        var both = established with { MolecularTests = [table, .. established.MolecularTests] };

        var (withTable, without) = (Recommend(both), Recommend(established));

        withTable.AlkStatus.Kind.ShouldBe(AlkStatusKind.Positive);
        withTable.AlkStatus.Reasons.ShouldContain(reason => reason.Contains("orientation not given by the source", StringComparison.Ordinal));
        var finding = withTable.Findings.ShouldHaveSingleItem();
        (finding.Normalized, finding.Notes.IsEmpty).ShouldBe(("EML4::ALK", true));
        withTable.Options.Select(o => $"{o.Title} {o.Score}").ShouldBe(without.Options.Select(o => $"{o.Title} {o.Score}"));
    }

    [Fact]
    public void A_stated_orientation_is_unchanged_an_established_rna_call()
    {
        var r = Recommend(Synthetic(string.Empty));

        ((FusionCall)r.CaseAsOf.MolecularTests[0].Results[0]).OrientationInferred.ShouldBeFalse();
        r.AlkStatus.Kind.ShouldBe(AlkStatusKind.Positive);
    }
}
