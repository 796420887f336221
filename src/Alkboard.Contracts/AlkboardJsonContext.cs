using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Alkboard.Contracts.Cases;
using Alkboard.Contracts.Cohorts;
using Alkboard.Contracts.Genomics;
using Alkboard.Contracts.Import;
using Alkboard.Contracts.Knowledge;
using Alkboard.Contracts.Recist;
using Alkboard.Contracts.Recommendation;
using Alkboard.Contracts.Timeline;

namespace Alkboard.Contracts;

/// <summary>
/// The one source-generated serializer of every JSON output (docs/contracts.md). Use
/// <see cref="Wire"/>: camelCase names, indented, nulls kept, readable characters unescaped,
/// response categories as their codes (CR, NonCR/NonPD) and every other enum in snake_case.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(RecommendationJson))]
[JsonSerializable(typeof(IReadOnlyList<InterpretedAlterationJson>))]
[JsonSerializable(typeof(ResponseRatesJson))]
[JsonSerializable(typeof(SurvivalJson))]
[JsonSerializable(typeof(KnowledgeSummaryJson))]
[JsonSerializable(typeof(KnowledgeReleasesJson))]
[JsonSerializable(typeof(KnowledgeValidationJson))]
[JsonSerializable(typeof(ResistanceMapJson))]
[JsonSerializable(typeof(RecistJson))]
[JsonSerializable(typeof(CaseViewJson))]
[JsonSerializable(typeof(IReadOnlyList<CaseValidationJson>))]
[JsonSerializable(typeof(ImportSummaryJson))]
[JsonSerializable(typeof(StudyImportSummaryJson))]
public sealed partial class AlkboardJsonContext : JsonSerializerContext
{
    /// <summary>The context with the options of every command's JSON output.</summary>
    public static AlkboardJsonContext Wire { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new ResponseCategoryJsonConverter(), new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    });
}
