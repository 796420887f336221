using Alkboard.Core.Evidence;
using Alkboard.Core.Genomics;
using Alkboard.Core.Knowledge;
using Alkboard.Core.Tests.Support;

namespace Alkboard.Core.Tests.Genomics;

public class InterpreterTests
{
    private static Interpretation Interpret(string input, string tumor = "IMT") => Interpreter.Interpret(input, tumor, Kb.Instance);

    /// <summary>Every ALK point or compound mutation item of the CIViC snapshot bundled in knowledge/sources/civic.</summary>
    public static TheoryData<int, string, string, string> CivicMutationItems()
    {
        var data = new TheoryData<int, string, string, string>();
        var json = File.ReadAllText(Path.Combine(Kb.Folder, "sources", "civic", "civic_alk_evidence_snapshot_2025-10-31.json"));
        foreach (var item in CivicReader.ReadJson(json).Items)
        {
            var mutations = System.Text.RegularExpressions.Regex.Matches(item.MolecularProfile, @"ALK ([A-Z]\d+(?:[A-Z]|dup)?)(?= AND|$)").Select(m => m.Groups[1].Value).ToList();
            if (mutations.Count > 0 && item.EvidenceType == "PREDICTIVE")
            {
                data.Add(item.EvidenceId, "ALK " + string.Join("+", mutations), string.Join(";", item.Therapies), item.Significance);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CivicMutationItems))]
    public void Every_CIViC_ALK_mutation_item_is_part_of_its_interpretation(int eid, string alteration, string therapies, string significance)
    {
        var result = Interpret(alteration);

        result.Known.ShouldBeTrue();
        var implications = result.Implications.Where(i => i.StatementId == $"civic:EID{eid}").ToList();
        implications.ShouldNotBeEmpty($"EID {eid} missing from {alteration}");
        implications.Select(i => i.Drug).ShouldBe(therapies.Split(';').Select(t => t.Trim().ToLowerInvariant()), ignoreOrder: true);
        implications.ShouldAllBe(i => i.Match.ToString() == "exact" || i.Match.ToString() == "position");
        implications.ShouldAllBe(i => i.Citations.Length > 0);
        if (significance == "RESISTANCE")
        {
            implications.ShouldAllBe(i => i.Direction == EffectDirection.Resistance);
        }
    }

    public static TheoryData<string, string> SeedFusions => new()
    {
        // seeds 000, 001, 003 and the partners of seed 002
        { "RANBP2-ALK", "RANBP2" }, { "RRBP-ALK", "RRBP1" }, { "TNS1-ALK", "TNS1" }, { "CARS1(ex1-18)::ALK(ex20-29)", "CARS1" },
        { "TPM3-ALK", "TPM3" }, { "TPM4-ALK", "TPM4" }, { "CLTC-ALK", "CLTC" }, { "EML4-ALK", "EML4" }, { "SEC31A-ALK", "SEC31A" },
        { "TRAF3-ALK", "TRAF3" }, { "LRRFIP1-ALK", "LRRFIP1" }, { "FN1-ALK", "FN1" }, { "NUMA1-ALK", "NUMA1" }, { "DCTN1-ALK", "DCTN1" },
        { "GPC1-ALK", "GPC1" }, { "MPRIP-ALK", "MPRIP" }, { "KLC1-ALK", "KLC1" }, { "KIF5B-ALK", "KIF5B" }, { "HIP1-ALK", "HIP1" },
    };

    [Theory]
    [MemberData(nameof(SeedFusions))]
    public void Every_seed_fusion_is_a_driver_with_approved_crizotinib_in_IMT(string input, string partner)
    {
        var result = Interpret(input);

        result.Kind.ShouldBe(AlterationKind.Fusion);
        result.Partners.ShouldBe([partner, "ALK"]);
        result.Role.ShouldBe("driver fusion (ALK kinase)");
        result.Implications.ShouldContain(i => i.Drug == "crizotinib" && i.Level == EvidenceLevel.Level1 && i.SameTumorType && i.Direction == EffectDirection.Sensitivity);
    }

    [Theory]
    [InlineData("FN1-ALK", "crizotinib", EffectDirection.Resistance)]
    [InlineData("FN1-ALK", "lorlatinib", EffectDirection.Sensitivity)]
    [InlineData("TNS1-ALK", "brigatinib", EffectDirection.Sensitivity)]
    [InlineData("RANBP2-ALK", "crizotinib", EffectDirection.Sensitivity)]
    [InlineData("TPM3-ALK", "ceritinib", EffectDirection.Sensitivity)]
    public void Partner_specific_evidence_from_seed_002_comes_first(string input, string drug, EffectDirection direction)
    {
        var result = Interpret(input);

        var first = result.Implications.First();
        first.Match.ToString().ShouldBe("partner");
        result.Implications.ShouldContain(i => i.Match.ToString() == "partner" && i.Drug == drug && i.Direction == direction);
    }

    [Theory]
    [InlineData("ALK L1196Q", "alectinib", EffectDirection.Resistance, "ceritinib")] // seed 001
    [InlineData("ALK F1174L", "crizotinib", EffectDirection.Resistance, null)] // seed 000
    [InlineData("ALK G1269A", "crizotinib", EffectDirection.Resistance, null)] // seed 002 ref 13
    public void Seed_resistance_mutations_carry_their_IMT_evidence(string input, string drug, EffectDirection direction, string? sensitiveTo)
    {
        var result = Interpret(input);

        result.Implications.ShouldContain(i => i.Drug == drug && i.Direction == direction && i.SameTumorType);
        if (sensitiveTo is not null)
        {
            // Seed case reports rest on one patient: at most 3B (docs/knowledge.md, grading of case reports).
            result.Implications.ShouldContain(i => i.Drug == sensitiveTo && i.Direction == EffectDirection.Sensitivity && i.SameTumorType && i.Level == EvidenceLevel.Level3B && i.Patients == 1);
        }
    }

    [Fact]
    public void A_compound_profile_is_matched_as_a_whole_before_its_parts()
    {
        var result = Interpret("ALK I1171N+L1196M");

        var matches = result.Implications.Select(i => i.Match.ToString()).ToList();
        matches[0].ShouldBe("exact");
        matches.IndexOf(matches.First(m => m.StartsWith("part ", StringComparison.Ordinal))).ShouldBeGreaterThan(matches.LastIndexOf("exact"));
    }

    [Fact]
    public void L1198F_with_C1156Y_resensitises_to_crizotinib_and_resists_lorlatinib_as_a_whole()
    {
        var exact = Interpret("ALK C1156Y+L1198F").Implications.Where(i => i.Match.ToString() == "exact").ToList();

        exact.ShouldContain(i => i.Drug == "crizotinib" && i.Direction == EffectDirection.Sensitivity);
        exact.ShouldContain(i => i.Drug == "lorlatinib" && i.Direction == EffectDirection.Resistance);
    }

    [Fact]
    public void Evidence_from_another_tumor_type_is_extrapolated_and_at_most_3B()
    {
        var extrapolated = Interpret("EML4-ALK").Implications.Where(i => !i.SameTumorType && i.Direction == EffectDirection.Sensitivity).ToList();

        extrapolated.ShouldNotBeEmpty();
        extrapolated.ShouldAllBe(i => i.Level == EvidenceLevel.Level3B || i.Level == EvidenceLevel.Level4);
        extrapolated.ShouldContain(i => i.LevelInSourceTumorType == EvidenceLevel.Level1 && i.SourceTumorType == "NSCLC");
    }

    [Fact]
    public void For_an_NSCLC_patient_NSCLC_evidence_is_same_and_IMT_evidence_extrapolated()
    {
        var result = Interpret("EML4-ALK", "NSCLC");

        result.Implications.ShouldContain(i => i.SourceTumorType == "NSCLC" && i.SameTumorType && i.Level == EvidenceLevel.Level1);
        result.Implications.ShouldContain(i => i.SourceTumorType == "IMT" && !i.SameTumorType && i.Level == EvidenceLevel.Level3B);
    }

    [Fact]
    public void An_alteration_the_knowledge_base_does_not_know_is_reported_unknown_not_dropped()
    {
        var results = Interpreter.Interpret(["FOO1 G12D", "ALK fusion"], "IMT", Kb.Instance);

        results.Length.ShouldBe(2);
        results[0].Known.ShouldBeFalse();
        results[0].Kind.ShouldBe(AlterationKind.Mutation);
        results[0].Role.ShouldBe("unknown to the knowledge base");
        results[0].Implications.ShouldBeEmpty();
    }

    [Fact]
    public void Unreadable_input_is_kept_with_its_error()
    {
        var result = Interpret("EML4-TPM3");

        result.Kind.ShouldBe(AlterationKind.Unknown);
        result.Error!.Code.ShouldBe(GenomicsErrorCodes.Ambiguous);
        result.Candidates.Length.ShouldBe(2);
    }
}
