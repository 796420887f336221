using Alkboard.Core.Evidence;
using Alkboard.Core.Knowledge;

namespace Alkboard.Contracts.Genomics;

/// <summary>
/// One cited implication of an alteration for a drug: evidence level in the patient's tumor type
/// and in the source's ("1", "3B", "R2"), direction (sensitivity or resistance), whether the
/// evidence is from the same tumor type or extrapolated, how the statement matched, citations,
/// the statement id and file, the source's own grade, study design, number of patients and setting.
/// </summary>
public sealed record ImplicationJson(
    string Drug,
    string Level,
    string LevelMeaning,
    string LevelInSourceTumorType,
    string Direction,
    string TumorTypeMatch,
    string SourceTumorType,
    string Match,
    IReadOnlyList<string> Citations,
    string Statement,
    string SourceFile,
    string SourceGrade,
    string Design,
    int? Patients,
    string Setting)
{
    /// <summary>The contract form of an implication.</summary>
    public static ImplicationJson From(Implication i)
    {
        ArgumentNullException.ThrowIfNull(i);
        return new(
            i.Drug,
            EvidenceLevels.Code(i.Level),
            EvidenceLevels.Meaning(i.Level),
            EvidenceLevels.Code(i.LevelInSourceTumorType),
            i.Direction == EffectDirection.Sensitivity ? "sensitivity" : "resistance",
            i.SameTumorType ? "same" : "extrapolated",
            i.SourceTumorType,
            i.Match.ToString(),
            [.. i.Citations],
            i.StatementId,
            i.SourceFile,
            i.SourceGrade,
            EvidenceDesign.Describe(i),
            i.Patients,
            TherapySettings.Word(i.Setting));
    }
}