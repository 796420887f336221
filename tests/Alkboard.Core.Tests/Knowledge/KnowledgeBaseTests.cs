using Alkboard.Core.Cases;
using Alkboard.Core.Knowledge;
using Alkboard.Core.Tests.Support;

namespace Alkboard.Core.Tests.Knowledge;

public class KnowledgeBaseTests
{
    [Fact]
    public void Every_statement_has_a_level_and_a_resolvable_citation_with_a_PMID_or_DOI_or_an_allowed_URL()
    {
        var kb = Kb.Instance;

        kb.Statements.ShouldNotBeEmpty();
        foreach (var statement in kb.Statements)
        {
            statement.Citations.ShouldNotBeEmpty(statement.Id);
            statement.Citations.ShouldAllBe(id => kb.Citations.ContainsKey(id));
            statement.Citations.Select(id => kb.Citations[id]).ShouldAllBe(c => c.Pmid != null || c.Doi != null || c.Kind != "article");
            statement.SourceFile.ShouldNotBeNullOrEmpty();
        }
    }

    [Fact]
    public void Every_drug_and_gene_used_is_defined()
    {
        var kb = Kb.Instance;

        kb.Statements.SelectMany(s => s.Drugs).Concat(kb.Approvals.Select(a => a.Drug)).ShouldAllBe(d => kb.Drugs.ContainsKey(d));
        kb.Statements.SelectMany(s => s.Alteration.Partners.Append(s.Alteration.Gene)).ShouldAllBe(g => kb.Catalog.IsSymbol(g));
    }

    [Fact]
    public void Every_drug_fact_is_cited()
    {
        foreach (var drug in Kb.Instance.Drugs.Values)
        {
            new[] { drug.Generation, drug.Targets, drug.CnsActivity, drug.AdultDose, drug.PediatricDose }.OfType<DrugFact>()
                .Concat(drug.DoseReductions).Concat(drug.Toxicities)
                .ShouldAllBe(f => f.Citations.Length > 0);
        }
    }

    [Fact]
    public void The_release_has_an_id_and_a_date_and_statements_come_from_curated_and_CIViC_files()
    {
        var kb = Kb.Instance;

        kb.Release.ShouldBe("2026.12.1");
        kb.ReleaseDate.ShouldBe("2026-12-01");
        kb.Statements.Select(s => s.SourceFile).Distinct().ShouldBe(["sources/civic/civic_alk_evidence_snapshot_2025-10-31.json", "statements.yaml"], ignoreOrder: true);
    }

    [Fact]
    public void IMT_approvals_cover_US_EU_Japan_and_Korea_with_age_limits_and_decision_dates()
    {
        var imt = Kb.Instance.Approvals.Where(a => Kb.Instance.Drugs[a.Drug].IsAlkInhibitor && (a.TumorTypes.Contains("IMT") || a.TumorTypes.Contains("any"))).ToList();

        imt.Select(a => a.Jurisdiction).Distinct().ShouldBe(["US", "EU", "JP", "KR"], ignoreOrder: true);
        imt.Single(a => a.Jurisdiction == "US").ShouldSatisfyAllConditions(a => a.MinAgeYears.ShouldBe(1), a => a.Decision.ShouldBe(PartialDate.ParseOrThrow("2022-07-14")));
        imt.Where(a => a.Jurisdiction == "EU").ShouldAllBe(a => a.MaxAgeYears == 17);
        imt.Where(a => a.Jurisdiction == "JP").ShouldAllBe(a => a.Status == "unverified");
    }

    [Theory]
    [InlineData("2022-09-14", 0)]
    [InlineData("2023-06", 1)]
    [InlineData("2024-09", 2)]
    public void The_EU_pediatric_crizotinib_IMT_approvals_exist_only_after_the_Commission_decision_bounds(string on, int certainlyDecided)
    {
        // CHMP opinion 2022-09-15 (ages 6 to <18), French HAS opinion on the granted extension 2023-05-24; extension to 1 year 2024-08-22.
        var date = PartialDate.ParseOrThrow(on);
        Kb.Instance.Approvals.Count(a => a.Jurisdiction == "EU" && a.Drug == "crizotinib" && a.TumorTypes.Contains("IMT") && a.Decision!.Value.Latest <= date.Earliest)
            .ShouldBe(certainlyDecided);
    }

    [Theory]
    [InlineData("crizotinib", "2011-08-26")]
    [InlineData("alectinib", "2014-07-04")]
    [InlineData("ceritinib", "2014-04-29")]
    [InlineData("brigatinib", "2017-04-28")]
    [InlineData("lorlatinib", "2018-09-21")]
    [InlineData("ensartinib", "2020")]
    public void Each_inhibitor_has_its_first_approval_anywhere(string drug, string first)
    {
        Kb.Instance.Approvals.Where(a => a.Drug == drug && a.Status == "approved").Min(a => a.Decision!.Value.Latest)
            .ShouldBe(PartialDate.ParseOrThrow(first).Latest);
    }

    [Fact]
    public void CIViC_items_not_imported_are_listed_with_why()
    {
        var kb = Kb.Instance;

        kb.NotImported.ShouldNotBeEmpty();
        (kb.Statements.Count(s => s.Id.StartsWith("civic:", StringComparison.Ordinal)) + kb.NotImported.Length).ShouldBe(146);
    }

    [Fact]
    public void Every_gene_of_the_knowledge_base_has_a_grch38_region_and_grch37_has_none()
    {
        var kb = Kb.Instance;
        var grch38 = kb.Regions.On("GRCh38");

        grch38.Select(r => r.Gene).Order(StringComparer.Ordinal).ShouldBe(kb.Genes.Select(g => g.Symbol).Order(StringComparer.Ordinal));
        grch38.ShouldContain(new GeneRegion("ALK", "2", 29192774, 29921566));
        grch38.ShouldContain(r => r.Gene == "NPM1"); // a fusion partner the CIViC import adds
        kb.Regions.On("GRCh37").ShouldBeEmpty(); // no sourced spans (knowledge/gene-regions.yaml)
        kb.Regions.On(null).ShouldBeEmpty();
        kb.Regions.Flank.ShouldBe(5000);
        kb.Regions.Citations["GRCh38"].ShouldBe(["cnvkit-ensembl-gene-info-hg38"]);
    }
}
