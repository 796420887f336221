namespace Alkboard.Core.Knowledge;

/// <summary>The data shapes of the knowledge files, as YamlDotNet reads them (camelCase keys).</summary>
internal static class KnowledgeFiles
{
    internal sealed class ReleaseFile
    {
        public string? Release { get; set; }

        public string? Date { get; set; }

        public string? Description { get; set; }

        public List<SourceFile> Sources { get; set; } = [];
    }

    internal sealed class SourceFile
    {
        public string? File { get; set; }

        public string? Format { get; set; }

        public string? Note { get; set; }
    }

    internal sealed class CitationRow
    {
        public string? Id { get; set; }

        public string? Pmid { get; set; }

        public string? Doi { get; set; }

        public string? Url { get; set; }

        public string? Kind { get; set; }

        public string? Design { get; set; }

        public string? Title { get; set; }
    }

    internal sealed class OtherName
    {
        public string? Name { get; set; }

        public string? Seen { get; set; }
    }

    internal sealed class GeneRow
    {
        public string? Symbol { get; set; }

        public string? Role { get; set; }

        public bool FusionKinase { get; set; }

        public List<OtherName> OtherNames { get; set; } = [];

        public List<string> Transcripts { get; set; } = [];

        public List<string> Citations { get; set; } = [];
    }

    internal sealed class TumorTypeRow
    {
        public string? Code { get; set; }

        public string? Name { get; set; }

        public string? Family { get; set; }

        public List<string> Names { get; set; } = [];

        public bool Agnostic { get; set; }
    }

    internal sealed class FactRow
    {
        public object? Value { get; set; }

        public string? Term { get; set; }

        public bool LifeThreatening { get; set; }

        public string? Note { get; set; }

        public List<string> Citations { get; set; } = [];
    }

    internal sealed class DrugRow
    {
        public string? Name { get; set; }

        public string? Class { get; set; }

        public FactRow? Generation { get; set; }

        public FactRow? Targets { get; set; }

        public FactRow? CnsActivity { get; set; }

        public FactRow? AdultDose { get; set; }

        public FactRow? PediatricDose { get; set; }

        public List<FactRow> DoseReductions { get; set; } = [];

        public List<FactRow> Toxicities { get; set; } = [];

        /// <summary>"drug" (default) or "class": a class that sources name without a drug.</summary>
        public string? Kind { get; set; }

        /// <summary>Brand names, research codes and other spellings, each cited.</summary>
        public List<AliasRow> Names { get; set; } = [];

        /// <summary>Where the entry itself comes from (agents.yaml entries without other facts).</summary>
        public List<string> Citations { get; set; } = [];
    }

    internal sealed class TrialRow
    {
        public string? Id { get; set; }

        public string? Name { get; set; }

        public string? Nct { get; set; }

        public string? Phase { get; set; }

        public List<string> Drugs { get; set; } = [];

        public string? Status { get; set; }

        public string? StatusDate { get; set; }

        public List<string> Jurisdictions { get; set; } = [];

        public string? Where { get; set; }

        public bool AlkPositiveSolidTumors { get; set; }

        public int? MinAgeYears { get; set; }

        public int? MaxAgeYears { get; set; }

        public string? Eligibility { get; set; }

        public string? KnownFrom { get; set; }

        public bool RequiresPriorTherapy { get; set; }

        public List<string> Citations { get; set; } = [];
    }

    internal sealed class LabelRulesFile
    {
        public List<LabelRiskRow> Risks { get; set; } = [];

        public List<LabelRuleRow> Rules { get; set; } = [];
    }

    internal sealed class LabelRiskRow
    {
        public string? Id { get; set; }

        public string? Name { get; set; }

        public List<string> Terms { get; set; } = [];
    }

    internal sealed class LabelRuleRow
    {
        public string? Id { get; set; }

        public string? Drug { get; set; }

        public string? Action { get; set; }

        public string? Risk { get; set; }

        public List<EventRow> Events { get; set; } = [];

        public OrganRow? Organ { get; set; }

        public string? Interaction { get; set; }

        public string? Dose { get; set; }

        public string? Text { get; set; }

        public string? Section { get; set; }

        public List<string> Citations { get; set; } = [];

        public string? ReadIn { get; set; }
    }

    internal sealed class EventRow
    {
        public List<string> Terms { get; set; } = [];

        public int MinGrade { get; set; }
    }

    internal sealed class OrganRow
    {
        public string? Kind { get; set; }

        public decimal? BilirubinXUlnAbove { get; set; }

        public decimal? BilirubinXUlnAtMost { get; set; }

        public string? ChildPugh { get; set; }

        public decimal? CreatinineClearanceBelow { get; set; }

        public decimal? CreatinineClearanceAtLeast { get; set; }

        public bool NotOnDialysis { get; set; }
    }

    internal sealed class GeneRegionsFile
    {
        public int Flank { get; set; }

        public List<GeneRegionBuildRow> Builds { get; set; } = [];
    }

    internal sealed class GeneRegionBuildRow
    {
        public string? Build { get; set; }

        public List<string> Citations { get; set; } = [];

        public List<GeneRegionRow> Genes { get; set; } = [];
    }

    internal sealed class GeneRegionRow
    {
        public string? Gene { get; set; }

        public string? Chrom { get; set; }

        public long Start { get; set; }

        public long End { get; set; }

        public string? Ensembl { get; set; }

        public string? SourceName { get; set; }
    }

    internal sealed class HotspotRow
    {
        public string? Protein { get; set; }

        public string? Cdna { get; set; }

        public string? Grch37 { get; set; }

        public List<string> Citations { get; set; } = [];
    }

    internal sealed class AliasRow
    {
        public string? Name { get; set; }

        public string? Kind { get; set; }

        public string? Region { get; set; }

        public List<string> Citations { get; set; } = [];
    }

    internal sealed class ApprovalRow
    {
        public string? Jurisdiction { get; set; }

        public string? Agency { get; set; }

        public string? Drug { get; set; }

        public string? Indication { get; set; }

        public List<string> TumorTypes { get; set; } = [];

        public int? MinAgeYears { get; set; }

        public int? MaxAgeYears { get; set; }

        public string? Date { get; set; }

        public string? Status { get; set; }

        public string? Condition { get; set; }

        public string? Note { get; set; }

        public List<string> Citations { get; set; } = [];
    }

    internal sealed class StatementRow
    {
        public string? Id { get; set; }

        public string? Alteration { get; set; }

        public List<string> Drugs { get; set; } = [];

        public string? Direction { get; set; }

        public string? Level { get; set; }

        public string? TumorType { get; set; }

        public string? EvidenceType { get; set; }

        public string? Setting { get; set; }

        public int? Patients { get; set; }

        public string? Summary { get; set; }

        public List<string> Citations { get; set; } = [];
    }
}
