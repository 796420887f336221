using Alkboard.Core.Cases;

namespace Alkboard.Core.Recommendation;

/// <summary>A drug the patient received and how that ended.</summary>
public sealed record ExposureOutcome(DrugName Drug, int Line, string ReasonStopped, bool Ongoing, bool ProgressedOnIt, bool LifeThreateningReaction, int? WorstGrade);
