using System.Collections.Immutable;
using Alkboard.Core.Knowledge;

namespace Alkboard.Core.Evidence;

/// <summary>
/// What one statement implies for a drug and this patient's alteration: the level as it applies to
/// the patient's tumor type (sensitivity evidence from another tumor type is at most 3B), the
/// level in the evidence's own tumor type, direction, whether the tumor type matches or the
/// evidence is extrapolated (and from which), how the statement matched (exact, partner, any
/// partner, position, part of a compound), citations and where the statement came from.
/// </summary>
public sealed record Implication(
    string Drug,
    EvidenceLevel Level,
    EvidenceLevel LevelInSourceTumorType,
    EffectDirection Direction,
    bool SameTumorType,
    string SourceTumorType,
    StatementMatch Match,
    ImmutableArray<string> Citations,
    string StatementId,
    string SourceFile,
    string SourceGrade,
    string Summary,
    Knowledge.TherapySetting Setting = Knowledge.TherapySetting.Any,
    int? Patients = null);