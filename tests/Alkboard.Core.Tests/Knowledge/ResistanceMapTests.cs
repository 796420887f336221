using Alkboard.Core.Knowledge;
using Alkboard.Core.Tests.Support;

namespace Alkboard.Core.Tests.Knowledge;

/// <summary>
/// The per-drug ALK resistance map (issue 11, item 1), cell by cell: each row is what the cited
/// statements of this release say, with the kind of evidence the call rests on.
/// </summary>
public sealed class ResistanceMapTests
{
    [Theory]
    [InlineData("ALK G1202R", "crizotinib", MapCall.Resistant, "clinical")]
    [InlineData("ALK G1202R", "ceritinib", MapCall.Resistant, "clinical")]
    [InlineData("ALK G1202R", "alectinib", MapCall.Resistant, "clinical")]
    [InlineData("ALK G1202R", "brigatinib", MapCall.Resistant, "clinical")]
    [InlineData("ALK L1196Q", "ceritinib", MapCall.Sensitive, "clinical")] // seed 001: partial response after alectinib
    [InlineData("ALK L1196Q", "alectinib", MapCall.Resistant, "clinical")] // seed 001: emerged on alectinib
    [InlineData("ALK F1174L", "crizotinib", MapCall.Resistant, "clinical")] // seed 000, and CIViC neuroblastoma series
    [InlineData("ALK F1174L", "alectinib", MapCall.Sensitive, "preclinical only")]
    [InlineData("ALK G1269A", "crizotinib", MapCall.Resistant, "clinical")]
    [InlineData("ALK G1269A", "alectinib", MapCall.Resistant, "preclinical only")] // the audit's point: cellular data only
    [InlineData("ALK C1156Y", "lorlatinib", MapCall.Sensitive, "clinical")]
    [InlineData("ALK C1156Y+L1198F", "lorlatinib", MapCall.Resistant, "clinical")]
    [InlineData("ALK C1156Y+L1198F", "crizotinib", MapCall.Sensitive, "clinical")] // resensitisation (Shaw NEJM 2016)
    [InlineData("ALK I1171N+L1196M+G1202R", "lorlatinib", MapCall.Resistant, "clinical")]
    public void A_cell_reads_as_its_sources_say(string mutation, string drug, MapCall call, string basis)
    {
        var cell = ResistanceMap.Build(Kb.Instance).Single(c => c.Mutation == mutation && c.Drug == drug);

        cell.Call.ShouldBe(call);
        cell.Basis.ShouldBe(basis);
        cell.Evidence.ShouldAllBe(e => e.References.Length > 0);
    }

    [Theory]
    [InlineData("ALK G1202R", "lorlatinib")] // no statement of this release reports lorlatinib against G1202R alone
    [InlineData("ALK G1202R", "ensartinib")]
    [InlineData("ALK L1196M", "lorlatinib")]
    public void A_cell_without_a_statement_is_absent_and_never_reads_as_sensitive(string mutation, string drug)
    {
        ResistanceMap.Build(Kb.Instance).ShouldNotContain(c => c.Mutation == mutation && c.Drug == drug);
    }

    [Fact]
    public void Preclinical_evidence_never_decides_a_cell_that_has_clinical_evidence()
    {
        foreach (var cell in ResistanceMap.Build(Kb.Instance).Where(c => c.Basis == "clinical"))
        {
            var clinical = cell.Evidence.Where(e => !e.Preclinical).Select(e => e.Direction).Distinct().ToList();
            var expected = clinical.Count > 1 ? MapCall.Conflicting : clinical[0] == EffectDirection.Resistance ? MapCall.Resistant : MapCall.Sensitive;
            cell.Call.ShouldBe(expected, $"{cell.Mutation} x {cell.Drug}");
        }
    }

    [Fact]
    public void The_columns_are_the_vocabulary_s_ALK_inhibitors_in_generation_order_with_investigational_ones_last()
    {
        var columns = ResistanceMap.Inhibitors(Kb.Instance);

        columns[0].ShouldBe("crizotinib");
        columns.IndexOf("lorlatinib").ShouldBeGreaterThan(columns.IndexOf("alectinib"));
        columns[^1].ShouldBe("neladalkib");
        columns.ShouldAllBe(d => Kb.Instance.Drugs[d].IsAlkInhibitor);
    }
}