namespace Alkboard.Core.Recommendation;

/// <summary>One named reason an option's score went up or down (points from <see cref="ScoringPolicy"/>), with what it rests on.</summary>
public sealed record Factor(FactorKind Kind, string Name, int Effect, string Detail);
