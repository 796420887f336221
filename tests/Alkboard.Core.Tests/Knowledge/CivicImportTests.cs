using System.Text;
using Alkboard.Core.Knowledge;
using Alkboard.Core.Tests.Support;

namespace Alkboard.Core.Tests.Knowledge;

public class CivicImportTests
{
    private static readonly string SnapshotPath = Path.Combine(Kb.Folder, "sources", "civic", "civic_alk_evidence_snapshot_2025-10-31.json");

    [Theory]
    [InlineData("EML4::ALK Fusion AND ALK G1202R", "ALK G1202R")]
    [InlineData("ALK G1269A AND v::ALK Fusion", "ALK G1269A")]
    [InlineData("EML4::ALK Fusion AND ALK L1198F AND ALK C1156Y", "ALK C1156Y+L1198F")]
    [InlineData("ALK I1171", "ALK I1171")]
    [InlineData("v::ALK Fusion", "ALK fusion")]
    [InlineData("v::ALK Fusion OR v::ROS1 Fusion", "ALK fusion")]
    [InlineData("EML4::ALK e6::e20", "EML4(ex6)::ALK(ex20)")]
    [InlineData("EML4::ALK Fusion AND ALK Amplification", "ALK amplification")]
    public void Molecular_profiles_map_to_alterations(string profile, string normalized)
    {
        CivicMapping.Alteration(profile)!.Normalized.ShouldBe(normalized);
    }

    [Theory]
    [InlineData("A", "SENSITIVITYRESPONSE", "SUPPORTS", EvidenceLevel.Level1, EffectDirection.Sensitivity)]
    [InlineData("B", "SENSITIVITYRESPONSE", "SUPPORTS", EvidenceLevel.Level3A, EffectDirection.Sensitivity)]
    [InlineData("C", "SENSITIVITYRESPONSE", "SUPPORTS", EvidenceLevel.Level3B, EffectDirection.Sensitivity)]
    [InlineData("D", "SENSITIVITYRESPONSE", "SUPPORTS", EvidenceLevel.Level4, EffectDirection.Sensitivity)]
    [InlineData("A", "RESISTANCE", "SUPPORTS", EvidenceLevel.LevelR1, EffectDirection.Resistance)]
    [InlineData("C", "RESISTANCE", "SUPPORTS", EvidenceLevel.LevelR2, EffectDirection.Resistance)]
    [InlineData("D", "RESISTANCE", "SUPPORTS", EvidenceLevel.Level4, EffectDirection.Resistance)]
    [InlineData("C", "SENSITIVITYRESPONSE", "DOES_NOT_SUPPORT", EvidenceLevel.LevelR2, EffectDirection.Resistance)]
    public void Levels_and_directions_map_as_documented(string level, string significance, string direction, EvidenceLevel expected, EffectDirection expectedDirection)
    {
        var item = new CivicItem(1, "ACCEPTED", "PREDICTIVE", significance, direction, level, 3, "ALK F1174L", ["Crizotinib"], "Neuroblastoma", "1", "t", 2020, "d");

        var (statement, _) = CivicMapping.ToStatement(item, "f.json", "PMID:1");

        statement!.Level.ShouldBe(expected);
        statement.Direction.ShouldBe(expectedDirection);
        statement.Citations.ShouldBe(["PMID:1"]);
    }

    [Fact]
    public void The_official_TSV_and_the_GraphQL_JSON_of_the_same_evidence_give_the_same_statements()
    {
        var fromJson = CivicReader.ReadJson(File.ReadAllText(SnapshotPath)).Items;
        fromJson.ShouldNotBeEmpty();
        var tsv = new StringBuilder("molecular_profile\tmolecular_profile_id\tdisease\tdoid\tphenotypes\ttherapies\ttherapy_interaction_type\tevidence_type\tevidence_direction\tevidence_level\tsignificance\tevidence_statement\tcitation_id\tsource_type\tasco_abstract_id\tcitation\tnct_ids\trating\tevidence_status\tevidence_id\tvariant_origin\tlast_review_date\tevidence_civic_url\tmolecular_profile_civic_url\tis_flagged\n");
        foreach (var i in fromJson)
        {
            var significance = i.Significance == "SENSITIVITYRESPONSE" ? "Sensitivity/Response" : i.Significance;
            tsv.Append($"{i.MolecularProfile}\t0\t{i.Disease}\t\t\t{string.Join(",", i.Therapies)}\t\t{i.EvidenceType}\t{i.Direction.Replace('_', ' ')}\t{i.Level}\t{significance}\t{i.Description.Replace('\t', ' ').Replace('\n', ' ')}\t{i.Pmid}\tPubMed\t\t{i.Title}\t\t{i.Rating}\t{i.Status}\t{i.EvidenceId}\tSomatic\t\t\t\tfalse\n");
        }

        var fromTsv = CivicReader.ReadTsv(tsv.ToString()).Items;

        static string Key(CivicItem i) => CivicMapping.ToStatement(i, "f", "c") is ({ } s, _)
            ? $"{s.Id}|{s.Alteration.Normalized}|{string.Join(",", s.Drugs)}|{s.Direction}|{s.Level}|{s.TumorType}"
            : $"skip:{i.EvidenceId}";
        fromTsv.Select(Key).ShouldBe(fromJson.Select(Key));
    }

    [Fact]
    public void A_TSV_without_a_required_column_is_refused_naming_it()
    {
        var read = CivicReader.ReadTsv("molecular_profile\tdisease\nx\ty\n", "e.tsv");

        read.Items.ShouldBeEmpty();
        read.Diagnostics.Single().ToString().ShouldStartWith("e.tsv:1:0: error ALK-KB-001: missing column(s)");
        read.Diagnostics.Single().Message.ShouldContain("evidence_level");
    }

    [Fact]
    public void Every_malformed_TSV_row_is_located_and_the_file_gives_no_items()
    {
        var header = string.Join('\t', CivicReader.RequiredTsvColumns);
        var good = string.Join('\t', CivicReader.RequiredTsvColumns.Select(c => c == "evidence_id" ? "12" : "x"));
        var badId = string.Join('\t', CivicReader.RequiredTsvColumns.Select(c => c == "evidence_id" ? "twelve" : "x"));

        var read = CivicReader.ReadTsv($"{header}\n{good}\nshort\tline\n{badId}\n", "e.tsv");

        read.Items.ShouldBeEmpty();
        read.Diagnostics.Select(d => d.Location.Line).ShouldBe([3, 4]);
        read.Diagnostics[1].Message.ShouldBe("evidence_id 'twelve' is not a number");
    }

    [Theory]
    [InlineData("{ not json", "not JSON")]
    [InlineData("{\"a\": 1}", "expected a JSON array of CIViC evidence items")]
    [InlineData("[{\"id\": 1}]", "evidence item [0]:")]
    public void A_JSON_snapshot_that_is_not_an_array_of_items_is_a_diagnostic_not_an_exception(string json, string message)
    {
        var read = CivicReader.ReadJson(json, "e.json");

        read.Success.ShouldBeFalse();
        read.Diagnostics.Single().Code.ShouldBe("ALK-KB-001");
        read.Diagnostics.Single().Message.ShouldContain(message);
    }
}