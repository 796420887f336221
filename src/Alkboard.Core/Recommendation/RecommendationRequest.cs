namespace Alkboard.Core.Recommendation;

/// <summary>What the clinician asks: the decision moment and where the patient is treated (US, EU, JP, KR; approvals differ).</summary>
public sealed record RecommendationRequest(AsOf AsOf, string? Jurisdiction)
{
    /// <summary>The engine version printed on every report; bump it when ranking logic changes.</summary>
    public const string EngineVersion = "0.1.0";
}
