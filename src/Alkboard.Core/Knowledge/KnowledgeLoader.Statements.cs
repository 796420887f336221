using System.Collections.Immutable;
using Alkboard.Core.Genomics;
using static Alkboard.Core.Knowledge.KnowledgeFiles;

namespace Alkboard.Core.Knowledge;

public static partial class KnowledgeLoader
{
    private sealed partial class Builder
    {
        private static readonly string[] EvidenceTypes = ["approval", "guideline", "trial", "cohort", "case_series", "case_report", "preclinical"];

        private void LoadStatements(List<StatementRow> rows, ImmutableArray<TumorType> tumorTypes)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                var what = $"statement '{row.Id}'";
                if (string.IsNullOrWhiteSpace(row.Id) || !ids.Add(row.Id))
                {
                    Problem(row.Id is null ? KnowledgeErrorCodes.Missing : KnowledgeErrorCodes.Duplicate, "statements.yaml", 0, $"{what}: every statement needs a unique id");
                    continue;
                }

                var level = EvidenceLevels.Parse(row.Level);
                var direction = row.Direction switch { "sensitivity" => EffectDirection.Sensitivity, "resistance" => (EffectDirection?)EffectDirection.Resistance, _ => null };
                if (level is null)
                {
                    Problem(KnowledgeErrorCodes.InvalidValue, "statements.yaml", 0, $"{what}: level '{row.Level}' is not one of 1, 2, 3A, 3B, 4, R1, R2");
                }

                if (direction is null)
                {
                    Problem(KnowledgeErrorCodes.InvalidValue, "statements.yaml", 0, $"{what}: direction '{row.Direction}' is not sensitivity or resistance");
                }

                if (level is { } l && direction is { } d && IsResistanceLevel(l) != (d == EffectDirection.Resistance) && l != EvidenceLevel.Level4)
                {
                    Problem(KnowledgeErrorCodes.LevelDirectionMismatch, "statements.yaml", 0, $"{what}: level {row.Level} does not go with direction {row.Direction}");
                }

                if (row.TumorType is null || !tumorTypes.Any(t => t.Code == row.TumorType))
                {
                    Problem(KnowledgeErrorCodes.InvalidValue, "statements.yaml", 0, $"{what}: tumorType '{row.TumorType}' is not a code of tumor-types.yaml");
                }

                if (row.EvidenceType is null || !EvidenceTypes.Contains(row.EvidenceType))
                {
                    Problem(KnowledgeErrorCodes.InvalidValue, "statements.yaml", 0, $"{what}: evidenceType '{row.EvidenceType}' is not one of {string.Join(", ", EvidenceTypes)}");
                }

                CheckCitations("statements.yaml", what, row.Citations, required: true);
                foreach (var drug in row.Drugs.Where(dr => !_drugs.ContainsKey(dr.ToLowerInvariant())))
                {
                    Problem(KnowledgeErrorCodes.UnknownDrug, "statements.yaml", 0, $"{what}: drug '{drug}' is not defined in drugs.yaml");
                }

                if (row.Drugs.Count == 0)
                {
                    Problem(KnowledgeErrorCodes.Missing, "statements.yaml", 0, $"{what}: no drugs");
                }

                var parsed = AlterationParser.Parse(row.Alteration ?? string.Empty, _catalog);
                if (!parsed.Success)
                {
                    Problem(KnowledgeErrorCodes.BadAlteration, "statements.yaml", 0, $"{what}: alteration '{row.Alteration}': {parsed.Error?.Message}");
                    continue;
                }

                foreach (var gene in parsed.Alteration!.Partners.Append(parsed.Alteration.Gene).Distinct().Where(g => !_catalog.IsSymbol(g)))
                {
                    Problem(KnowledgeErrorCodes.UnknownGene, "statements.yaml", 0, $"{what}: gene '{gene}' is not defined in genes.yaml");
                }

                var setting = row.Setting is null ? TherapySetting.Any : TherapySettings.Parse(row.Setting);
                if (setting is null)
                {
                    Problem(KnowledgeErrorCodes.InvalidValue, "statements.yaml", 0,
                        $"{what}: setting '{row.Setting}' is not one of {string.Join(", ", Enum.GetValues<TherapySetting>().Select(TherapySettings.Word))}");
                }

                if (row.EvidenceType == "case_report" && level is EvidenceLevel.Level1 or EvidenceLevel.Level2 or EvidenceLevel.Level3A)
                {
                    Problem(KnowledgeErrorCodes.CaseReportOverGraded, "statements.yaml", 0, $"{what}: a single-patient case report is graded at most 3B (docs/knowledge.md, grading of case reports)");
                }

                if (row.EvidenceType == "case_report" && row.Patients is not 1)
                {
                    Problem(KnowledgeErrorCodes.Missing, "statements.yaml", 0, $"{what}: a case report states patients: 1");
                }

                if (level is not null && direction is not null && setting is not null)
                {
                    _statements.Add(new Statement(row.Id, parsed.Alteration, [.. row.Drugs.Select(dr => dr.ToLowerInvariant())], direction.Value, level.Value,
                        row.TumorType ?? string.Empty, row.EvidenceType ?? string.Empty, row.Summary ?? string.Empty, [.. row.Citations], "statements.yaml", setting.Value, row.Patients));
                }
            }
        }

        private static bool IsResistanceLevel(EvidenceLevel level) => level is EvidenceLevel.LevelR1 or EvidenceLevel.LevelR2;

        private ImmutableArray<Trial> LoadTrials(List<TrialRow> rows)
        {
            var trials = ImmutableArray.CreateBuilder<Trial>();
            foreach (var row in rows)
            {
                var what = $"trial {row.Id}";
                if (row.Id is null || row.Name is null || row.Phase is null || row.Status is null || row.StatusDate is null || row.Where is null || row.Eligibility is null || row.Jurisdictions.Count == 0)
                {
                    Problem(KnowledgeErrorCodes.Missing, "trials.yaml", 0, $"{what}: id, name, phase, status, statusDate, jurisdictions, where and eligibility are required");
                    continue;
                }

                foreach (var drug in row.Drugs.Where(d => !_drugs.ContainsKey(d.ToLowerInvariant())))
                {
                    Problem(KnowledgeErrorCodes.UnknownDrug, "trials.yaml", 0, $"{what}: drug '{drug}' is not defined in drugs.yaml or agents.yaml");
                }

                CheckCitations("trials.yaml", what, row.Citations, required: true);
                var knownFrom = Cases.PartialDate.Parse(row.KnownFrom);
                if (!knownFrom.Success)
                {
                    Problem(KnowledgeErrorCodes.InvalidValue, "trials.yaml", 0, $"{what}: knownFrom (the earliest date a source shows it running) is required: {knownFrom.Message}");
                    continue;
                }

                trials.Add(new Trial(row.Id, row.Name, row.Nct, row.Phase, [.. row.Drugs.Select(d => d.ToLowerInvariant())], row.Status, row.StatusDate, [.. row.Jurisdictions], row.Where,
                    row.AlkPositiveSolidTumors, row.MinAgeYears, row.MaxAgeYears, row.Eligibility, [.. row.Citations], knownFrom.Value, row.RequiresPriorTherapy));
            }

            return trials.ToImmutable();
        }

        private ImmutableArray<Approval> LoadApprovals(List<ApprovalRow> rows)
        {
            var approvals = ImmutableArray.CreateBuilder<Approval>();
            foreach (var row in rows)
            {
                var what = $"approval {row.Jurisdiction} {row.Drug}";
                if (row.Jurisdiction is null || row.Drug is null || row.Indication is null || row.Status is null)
                {
                    Problem(KnowledgeErrorCodes.Missing, "approvals.yaml", 0, $"{what}: jurisdiction, drug, indication and status are required");
                    continue;
                }

                if (!_drugs.ContainsKey(row.Drug))
                {
                    Problem(KnowledgeErrorCodes.UnknownDrug, "approvals.yaml", 0, $"{what}: drug '{row.Drug}' is not defined in drugs.yaml");
                }

                CheckCitations("approvals.yaml", what, row.Citations, required: true);
                if (row.Condition is not (null or "recurrent_or_refractory"))
                {
                    Problem(KnowledgeErrorCodes.InvalidValue, "approvals.yaml", 0, $"{what}: condition '{row.Condition}' is not recurrent_or_refractory");
                }

                Cases.PartialDate? decision = null;
                if (row.Date is not null)
                {
                    var parsed = Cases.PartialDate.Parse(row.Date);
                    if (parsed.Success)
                    {
                        decision = parsed.Value;
                    }
                    else
                    {
                        Problem(KnowledgeErrorCodes.InvalidValue, "approvals.yaml", 0, $"{what}: date '{row.Date}': {parsed.Message}");
                    }
                }

                approvals.Add(new Approval(row.Jurisdiction, row.Agency ?? string.Empty, row.Drug, row.Indication, [.. row.TumorTypes], row.MinAgeYears, row.MaxAgeYears, row.Date, row.Status, row.Note, [.. row.Citations], decision, row.Condition));
            }

            return approvals.ToImmutable();
        }
    }
}
