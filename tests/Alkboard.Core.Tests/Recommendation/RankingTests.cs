using Alkboard.Core.Cases;
using Alkboard.Core.Recommendation;
using static Alkboard.Core.Tests.Recommendation.RecommendationTestCases;

namespace Alkboard.Core.Tests.Recommendation;

public class RankingTests
{
    public static TheoryData<string> ResistanceCases => new()
    {
        "ALK G1202R", "ALK L1196M", "ALK I1171N", "ALK F1174L", "ALK G1269A", "ALK L1196Q", "ALK C1156Y", "ALK V1180L",
    };

    [Theory]
    [MemberData(nameof(ResistanceCases))]
    public void A_drug_with_resistance_evidence_for_the_current_mutation_is_never_first_while_one_without_exists(string mutation)
    {
        var change = mutation.Split(' ')[1];
        var c = Synthetic("""
            therapyLines: [ { line: 1, agents: [ { drug: crizotinib } ], start: 2020-02, end: 2021-02, reasonStopped: progression } ]
            """, tests: $"  - {{ id: rebiopsy, date: 2021-02, method: dna_panel, results: [ {{ kind: variant, gene: ALK, hgvsP: p.{change} }} ] }}");

        var drugs = Recommend(c).Options.Where(o => o.Kind == OptionKind.Drug && !o.Barred).ToList();

        if (drugs.Any(d => !d.ResistanceToCurrentMutation))
        {
            drugs[0].ResistanceToCurrentMutation.ShouldBeFalse();
            var firstResistant = drugs.FindIndex(d => d.ResistanceToCurrentMutation);
            if (firstResistant >= 0)
            {
                drugs.Skip(firstResistant).ShouldAllBe(d => d.ResistanceToCurrentMutation);
            }
        }
    }

    [Fact]
    public void G1202R_points_to_lorlatinib__CLINICAL_LOGIC_section_5()
    {
        var c = Synthetic("""
            therapyLines: [ { line: 1, agents: [ { drug: alectinib } ], start: 2020-02, end: 2021-02, reasonStopped: progression } ]
            """, tests: "  - { id: rebiopsy, date: 2021-02, method: dna_panel, results: [ { kind: variant, gene: ALK, hgvsP: p.G1202R } ] }");

        var r = Recommend(c);

        r.Options.First(o => o.Kind == OptionKind.Drug).Drugs.ShouldBe(["lorlatinib"]);
        r.Options.Single(o => o.Drugs.Contains("crizotinib")).ResistanceToCurrentMutation.ShouldBeTrue();
    }

    [Fact]
    public void Every_option_carries_its_citations_and_every_drug_its_factors()
    {
        foreach (var afterLine in new[] { 4, 5, 6, 7, 8 })
        {
            var r = Seed("seed-004-musculoskeletal-imt-sequential-tki.yaml", afterLine);

            r.Options.ShouldAllBe(o => o.Citations.Length > 0 && o.Factors.Length > 0);
            r.Options[0].Rank.ShouldBe(1);
            r.Options.Zip(r.Options.Skip(1)).ShouldAllBe(p => p.First.Rank <= p.Second.Rank);
            r.Options.Where(o => r.Options.Count(x => x.Rank == o.Rank) > 1).ShouldAllBe(o => o.Tie != null);
        }
    }

    [Fact]
    public void The_same_case_and_moment_give_the_same_ranking()
    {
        var first = Seed("seed-004-musculoskeletal-imt-sequential-tki.yaml", 5);
        var second = Seed("seed-004-musculoskeletal-imt-sequential-tki.yaml", 5);

        second.Options.Select(o => (o.Title, o.Score)).ShouldBe(first.Options.Select(o => (o.Title, o.Score)));
    }

    [Fact]
    public void As_of_a_date_only_what_was_certainly_known_counts()
    {
        var c = CaseAsOf.Truncate(Seed("seed-004-musculoskeletal-imt-sequential-tki.yaml"), new AsOf(PartialDate.ParseOrThrow("2021-08"), null));

        c.TherapyLines.Select(l => l.DrugsText).ShouldNotContain("alectinib");
        c.TherapyLines[^1].ReasonStopped.ShouldBe(StopReason.Progression);
        c.Outcome!.VitalStatus.ShouldBe(VitalStatus.Alive);
        c.Assessments.ShouldNotContain(a => a.Id == "brain-oligoprogression" && a.Date!.Value.Latest > PartialDate.ParseOrThrow("2021-08").Latest);
    }
}
