using Alkboard.Core.Evidence;
using Alkboard.Core.Genomics;
using Alkboard.Core.Tests.Support;

namespace Alkboard.Core.Tests.Genomics;

/// <summary>Issue 12, item 7: alterations as reports write them.</summary>
public class NotationTests
{
    private static Interpretation Interpret(string input) => Interpreter.Interpret(input, "IMT", Kb.Instance);

    [Theory]
    [InlineData("NM_004304.5:p.Gly1202Arg", "ALK G1202R")]
    [InlineData("NM_004304.4:c.3604G>A", "ALK G1202R")]
    [InlineData("ALK c.3604G>A", "ALK G1202R")]
    [InlineData("ALK c.3522C>A", "ALK F1174L")]
    [InlineData("ALK c.3520T>C", "ALK F1174L")]
    [InlineData("ALK c.3467G>A", "ALK C1156Y")]
    public void HGVS_with_a_transcript_or_a_cDNA_hotspot_reads_as_its_protein_change__DoCM(string input, string normalized)
    {
        var result = Interpret(input);

        result.Normalized.ShouldBe(normalized);
        result.Implications.ShouldNotBeEmpty();
    }

    [Fact]
    public void A_cDNA_change_outside_the_hotspot_table_says_its_evidence_was_not_applied()
    {
        var result = Interpret("ALK c.9999A>T");

        result.Implications.ShouldBeEmpty();
        result.Notes.ShouldContain(n => n.Contains("no protein-level evidence was applied", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_transcript_is_an_error_that_asks_for_the_gene()
    {
        Interpret("NM_999999.1:p.G12D").Error!.Code.ShouldBe(GenomicsErrorCodes.UnknownTranscript);
    }

    [Theory]
    [InlineData("EML4::ALK v1", "fusion variant 1")]
    [InlineData("EML4-ALK variant 3a", "fusion variant 3a")]
    [InlineData("EML4-ALK (E13;A20)", "fusion variant E13;A20")]
    public void EML4_ALK_variant_designations_read_as_the_fusion_and_keep_the_designation(string input, string note)
    {
        var result = Interpret(input);

        result.Normalized.ShouldBe("EML4::ALK");
        result.Notes.ShouldContain(n => n.StartsWith(note, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ALK positive")]
    [InlineData("ALK-positive")]
    [InlineData("ALK fusion positive by FISH")]
    [InlineData("ALK rearranged")]
    public void Status_words_read_as_an_ALK_rearrangement_of_unknown_partner(string input)
    {
        var result = Interpret(input);

        result.Normalized.ShouldBe("ALK fusion");
        result.Implications.ShouldContain(i => i.Drug == "crizotinib" && i.Level == Alkboard.Core.Knowledge.EvidenceLevel.Level1);
    }

    [Fact]
    public void A_fusion_with_ALK_at_5_prime_is_labelled_reciprocal_and_carries_no_ALK_evidence()
    {
        var result = Interpret("ALK::EML4");

        result.Role.ShouldStartWith("reciprocal fusion");
        result.Implications.ShouldBeEmpty();
    }

    [Fact]
    public void A_neuroblastoma_activating_mutation_is_labelled_as_such()
    {
        Interpret("ALK R1275Q").Role.ShouldContain("activating mutation of full-length ALK");
    }
}
