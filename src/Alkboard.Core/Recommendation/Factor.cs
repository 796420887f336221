namespace Alkboard.Core.Recommendation;

/// <summary>One named reason an option's score went up or down, with what it rests on.</summary>
public sealed record Factor(string Name, int Effect, string Detail);
