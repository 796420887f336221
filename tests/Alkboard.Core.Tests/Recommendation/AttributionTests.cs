using Alkboard.Core.Recommendation;
using static Alkboard.Core.Tests.Recommendation.RecommendationTestCases;

namespace Alkboard.Core.Tests.Recommendation;

public class AttributionTests
{
    [Fact]
    public void A_mutation_absent_before_and_present_after_is_attributed_to_the_lines_between()
    {
        var c = Synthetic("""
            therapyLines:
              - { line: 1, agents: [ { drug: crizotinib } ], start: 2020-02, end: 2021-02, reasonStopped: progression }
              - { line: 2, agents: [ { drug: alectinib } ], start: 2021-03, end: 2022-03, reasonStopped: progression }
            """, tests: """
              - { id: after-crizotinib, date: 2021-02, method: dna_panel, results: [ { kind: negative, genes: [ALK], scope: ALK kinase-domain mutation } ] }
              - { id: after-alectinib, date: 2022-03, method: dna_panel, results: [ { kind: variant, gene: ALK, hgvsP: p.G1202R } ] }
            """);

        var a = MutationAttributor.Attribute(c).Single();

        a.Alteration.ShouldBe("ALK p.G1202R");
        a.AbsentIn.ShouldBe("after-crizotinib");
        a.Lines.ShouldBe([2]);
    }

    [Fact]
    public void Seed_001_L1196Q_found_after_alectinib_without_an_earlier_sequencing_test_is_not_called_emerged()
    {
        // Issue 10: "emerged on line N" only when a test before line N covered the gene and did not find it.
        var a = MutationAttributor.Attribute(Seed("seed-001-p1-rrbp1-alk-imt.json")).Single();

        a.Alteration.ShouldBe("ALK p.L1196Q");
        a.AbsentIn.ShouldBeNull();
        a.Lines.ShouldBeEmpty();
        a.Statement.ShouldContain("no earlier test covered ALK: when it arose is unknown");
    }

    [Fact]
    public void Seed_001_PTCH1_down_is_attributed_to_crizotinib_and_not_again_to_alectinib()
    {
        var attributions = MutationAttributor.Attribute(Seed("seed-001-p2-tns1-alk-imt.yaml"));

        attributions.Single(a => a.Alteration == "PTCH1 expression down").Lines.ShouldBe([1]);
    }

    [Fact]
    public void A_finding_first_tested_late_says_it_may_have_been_present_before()
    {
        // Seed 003 was first sequenced after two lines; CCND1 amplification cannot be called acquired.
        var ccnd1 = MutationAttributor.Attribute(Seed("seed-003-cars1-alk-imt.yaml")).Single(a => a.Alteration == "CCND1 amplification");

        ccnd1.Lines.ShouldBeEmpty();
        ccnd1.Statement.ShouldContain("may have been present before any therapy");
    }

    [Fact]
    public void Nothing_is_attributed_when_every_test_precedes_the_first_line()
    {
        var c = Synthetic("therapyLines: [ { line: 1, agents: [ { drug: crizotinib } ], start: 2020-02, reasonStopped: ongoing } ]");

        MutationAttributor.Attribute(c).ShouldBeEmpty();
    }
}
