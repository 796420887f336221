using Alkboard.Core.Genomics;
using Alkboard.Core.Tests.Support;

namespace Alkboard.Core.Tests.Genomics;

/// <summary>Real spellings from reports, papers and knowledge bases, and what they normalise to.</summary>
public class AlterationParserTests
{
    [Theory]
    [InlineData("ALK p.Leu1196Gln", "ALK L1196Q", AlterationKind.Mutation)]
    [InlineData("p.Leu1196Gln", "ALK L1196Q", AlterationKind.Mutation)]
    [InlineData("p.L1196Q", "ALK L1196Q", AlterationKind.Mutation)]
    [InlineData("L1196Q", "ALK L1196Q", AlterationKind.Mutation)]
    [InlineData("ALK L1196Q", "ALK L1196Q", AlterationKind.Mutation)]
    [InlineData("ALK p.(Leu1196Gln)", "ALK L1196Q", AlterationKind.Mutation)]
    [InlineData("alk L1196Q", "ALK L1196Q", AlterationKind.Mutation)]
    [InlineData("ALK F1174L", "ALK F1174L", AlterationKind.Mutation)]
    [InlineData("ALK T1151dup", "ALK T1151dup", AlterationKind.Mutation)]
    [InlineData("ALK p.Thr1151dup", "ALK T1151dup", AlterationKind.Mutation)]
    [InlineData("G1202R+L1196M", "ALK L1196M+G1202R", AlterationKind.Compound)]
    [InlineData("ALK G1202R+L1196M", "ALK L1196M+G1202R", AlterationKind.Compound)]
    [InlineData("ALK G1202R/L1196M", "ALK L1196M+G1202R", AlterationKind.Compound)]
    [InlineData("ALK p.G1202R + p.L1196M", "ALK L1196M+G1202R", AlterationKind.Compound)]
    [InlineData("ALK G1202R and L1196M", "ALK L1196M+G1202R", AlterationKind.Compound)]
    [InlineData("ALK L1198F;C1156Y", "ALK C1156Y+L1198F", AlterationKind.Compound)]
    [InlineData("EML4-ALK", "EML4::ALK", AlterationKind.Fusion)]
    [InlineData("EML4::ALK", "EML4::ALK", AlterationKind.Fusion)]
    [InlineData("EML4–ALK", "EML4::ALK", AlterationKind.Fusion)]
    [InlineData("EML4/ALK", "EML4::ALK", AlterationKind.Fusion)]
    [InlineData("ALK-EML4", "EML4::ALK", AlterationKind.Fusion)]
    [InlineData("TPM3-ALK fusion", "TPM3::ALK", AlterationKind.Fusion)]
    [InlineData("CARS1(ex1-18)::ALK(ex20-29)", "CARS1(ex1-18)::ALK(ex20-29)", AlterationKind.Fusion)]
    [InlineData("CARS-ALK", "CARS1::ALK", AlterationKind.Fusion)]
    [InlineData("RRBP-ALK", "RRBP1::ALK", AlterationKind.Fusion)]
    [InlineData("RANB2-ALK", "RANBP2::ALK", AlterationKind.Fusion)]
    [InlineData("ALK fusion", "ALK fusion", AlterationKind.Fusion)]
    [InlineData("ALK rearrangement", "ALK fusion", AlterationKind.Fusion)]
    [InlineData("TFG-ROS1", "TFG::ROS1", AlterationKind.Fusion)]
    [InlineData("MET amplification", "MET amplification", AlterationKind.CopyNumber)]
    [InlineData("MET amp", "MET amplification", AlterationKind.CopyNumber)]
    [InlineData("ALK amp", "ALK amplification", AlterationKind.CopyNumber)]
    [InlineData("CCND1 amplified", "CCND1 amplification", AlterationKind.CopyNumber)]
    [InlineData("MET gain", "MET gain", AlterationKind.CopyNumber)]
    [InlineData("PTCH1 down", "PTCH1 down", AlterationKind.Expression)]
    [InlineData("PTCH1 downregulation", "PTCH1 down", AlterationKind.Expression)]
    [InlineData("PTCH1 loss of expression", "PTCH1 down", AlterationKind.Expression)]
    [InlineData("PTPN1 c.1088+1G>A", "PTPN1 c.1088+1G>A", AlterationKind.Mutation)]
    [InlineData("PTPNI c.1088+1G>A", "PTPN1 c.1088+1G>A", AlterationKind.Mutation)]
    [InlineData("HER2 amplification", "ERBB2 amplification", AlterationKind.CopyNumber)]
    public void Spellings_normalise(string input, string normalized, AlterationKind kind)
    {
        var result = AlterationParser.Parse(input, Kb.Instance.Catalog);

        result.Success.ShouldBeTrue(result.Error?.Message);
        result.Alteration!.Normalized.ShouldBe(normalized);
        result.Alteration.Kind.ShouldBe(kind);
    }

    [Fact]
    public void A_reversed_fusion_says_it_was_read_kinase_second()
    {
        var result = AlterationParser.Parse("ALK-EML4", Kb.Instance.Catalog);

        result.Alteration!.Partners.ShouldBe(["EML4", "ALK"]);
        result.Notes.ShouldContain(n => n.Contains("3' partner", StringComparison.Ordinal));
    }

    [Fact]
    public void Protein_changes_have_both_short_and_HGVS_forms()
    {
        var change = ProteinChange.TryParse("p.Leu1196Gln")!;

        change.ShortForm.ShouldBe("L1196Q");
        change.Hgvs.ShouldBe("p.Leu1196Gln");
    }

    [Theory]
    [InlineData("EML4-TPM3", new[] { "EML4::TPM3", "TPM3::EML4" })]
    [InlineData("ROS1-ALK", new[] { "ROS1::ALK", "ALK::ROS1" })]
    public void A_fusion_without_a_clear_5_prime_partner_is_ambiguous_and_lists_both_readings(string input, string[] candidates)
    {
        var result = AlterationParser.Parse(input, Kb.Instance.Catalog);

        result.Error!.Code.ShouldBe(GenomicsErrorCodes.Ambiguous);
        result.Candidates.ShouldBe(candidates, ignoreOrder: true);
    }

    [Fact]
    public void An_explicit_5_prime_3_prime_order_is_kept_even_between_two_kinases()
    {
        AlterationParser.Parse("ROS1::ALK", Kb.Instance.Catalog).Alteration!.Normalized.ShouldBe("ROS1::ALK");
    }

    [Fact]
    public void A_name_shared_by_two_genes_is_ambiguous_and_lists_them()
    {
        var catalog = new GeneCatalog();
        catalog.Add("GENEA", ["SHARED"], false);
        catalog.Add("GENEB", ["SHARED"], false);

        var result = AlterationParser.Parse("SHARED amplification", catalog);

        result.Error!.Code.ShouldBe(GenomicsErrorCodes.Ambiguous);
        result.Candidates.ShouldBe(["GENEA", "GENEB"]);
    }

    [Fact]
    public void A_change_without_a_gene_at_a_residue_the_knowledge_base_does_not_place_asks_for_the_gene()
    {
        AlterationParser.Parse("G12D", Kb.Instance.Catalog).Error!.Code.ShouldBe(GenomicsErrorCodes.GeneMissing);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ALK")]
    [InlineData("the ALK thing")]
    [InlineData("FOO1 X12Y")]
    public void Text_that_is_no_alteration_is_unreadable(string input)
    {
        AlterationParser.Parse(input, Kb.Instance.Catalog).Error!.Code.ShouldBe(GenomicsErrorCodes.Unreadable);
    }
}
