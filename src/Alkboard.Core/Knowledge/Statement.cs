using System.Collections.Immutable;
using Alkboard.Core.Genomics;

namespace Alkboard.Core.Knowledge;

/// <summary>
/// One therapeutic statement of the knowledge base: an alteration, drugs, direction, level, the
/// tumor type the evidence comes from, citations, and the file it came from (curated YAML or an
/// imported CIViC file), with the source's own grade (CIViC level and rating, or evidence type).
/// </summary>
public sealed record Statement(
    string Id,
    Alteration Alteration,
    ImmutableArray<string> Drugs,
    EffectDirection Direction,
    EvidenceLevel Level,
    string TumorType,
    string SourceGrade,
    string Summary,
    ImmutableArray<string> Citations,
    string SourceFile,
    TherapySetting Setting = TherapySetting.Any,
    int? Patients = null);
