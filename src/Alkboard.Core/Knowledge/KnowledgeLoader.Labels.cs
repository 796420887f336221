using System.Collections.Immutable;
using Alkboard.Core.Cases;
using Alkboard.Core.Genomics;
using static Alkboard.Core.Knowledge.KnowledgeFiles;

namespace Alkboard.Core.Knowledge;

public static partial class KnowledgeLoader
{
    private sealed partial class Builder
    {
        private ImmutableArray<Hotspot> LoadHotspots(List<HotspotRow> rows)
        {
            var hotspots = ImmutableArray.CreateBuilder<Hotspot>();
            foreach (var row in rows)
            {
                var what = $"hotspot {row.Protein} {row.Cdna}";
                if (row.Protein is null || row.Cdna is null || ProteinChange.TryParse(row.Protein) is null || !row.Cdna.StartsWith("c.", StringComparison.Ordinal))
                {
                    Problem(KnowledgeErrorCodes.InvalidValue, "alk-hotspots.yaml", 0, $"{what}: protein (e.g. G1202R) and cdna (c.3604G>A) are required");
                    continue;
                }

                CheckCitations("alk-hotspots.yaml", what, row.Citations, required: true);
                hotspots.Add(new Hotspot("ALK", row.Protein, row.Cdna, row.Grch37, [.. row.Citations]));
            }

            return hotspots.ToImmutable();
        }

        private (ImmutableArray<LabelRisk> Risks, ImmutableArray<LabelRule> Rules) LoadLabelRules(LabelRulesFile file)
        {
            const string name = "label-rules.yaml";
            var risks = new List<LabelRisk>();
            foreach (var row in file.Risks)
            {
                if (row.Id is null || row.Name is null || row.Terms.Count == 0)
                {
                    Problem(KnowledgeErrorCodes.Missing, name, 0, $"risk '{row.Id}': id, name and terms are required");
                    continue;
                }

                risks.Add(new LabelRisk(row.Id, row.Name, [.. row.Terms]));
            }

            var rules = new List<LabelRule>();
            foreach (var row in file.Rules)
            {
                var what = $"label rule {row.Id}";
                var action = row.Action is null ? null : CaseWords.Parse<LabelAction>(row.Action);
                if (row.Id is null || row.Drug is null || action is null || row.Text is null || row.Section is null)
                {
                    Problem(KnowledgeErrorCodes.Missing, name, 0, $"{what}: id, drug, action ({string.Join(", ", CaseWords.All<LabelAction>())}), text and section are required");
                    continue;
                }

                if (!_drugs.ContainsKey(row.Drug))
                {
                    Problem(KnowledgeErrorCodes.UnknownDrug, name, 0, $"{what}: drug '{row.Drug}' is not defined in drugs.yaml");
                }

                if (row.Risk is not null && risks.All(r => r.Id != row.Risk))
                {
                    Problem(KnowledgeErrorCodes.InvalidValue, name, 0, $"{what}: risk '{row.Risk}' is not one of {string.Join(", ", risks.Select(r => r.Id))}");
                }

                CheckCitations(name, what, row.Citations, required: true);
                var interaction = row.Interaction is null ? (MedicationInteraction?)null : CaseWords.Parse<MedicationInteraction>(row.Interaction);
                var needs = action switch
                {
                    LabelAction.PermanentlyDiscontinue or LabelAction.WithholdAndResume => row.Events.Count > 0 ? null : "events",
                    LabelAction.OrganDose => row.Organ is { Kind: "hepatic" or "renal" } && row.Dose is not null ? null : "organ (kind hepatic or renal) and dose",
                    LabelAction.Interaction or LabelAction.Contraindication => interaction is not null ? null : $"interaction ({string.Join(", ", CaseWords.All<MedicationInteraction>())})",
                    LabelAction.Warning => row.Risk is not null ? null : "risk",
                    _ => "a known action",
                };
                if (needs is not null)
                {
                    Problem(KnowledgeErrorCodes.Missing, name, 0, $"{what}: a {row.Action} rule needs {needs}");
                    continue;
                }

                var organ = row.Organ is { } o
                    ? new OrganCriterion(o.Kind!, o.BilirubinXUlnAbove, o.BilirubinXUlnAtMost, o.ChildPugh is null ? null : CaseWords.Parse<ChildPughClass>(o.ChildPugh),
                        o.CreatinineClearanceBelow, o.CreatinineClearanceAtLeast, o.NotOnDialysis)
                    : null;
                rules.Add(new LabelRule(row.Id, row.Drug, action.Value, row.Risk, [.. row.Events.Select(e => new EventCriterion([.. e.Terms], e.MinGrade))], organ, interaction,
                    row.Dose, row.Text, row.Section, [.. row.Citations], row.ReadIn));
            }

            return ([.. risks], [.. rules]);
        }
    }
}
