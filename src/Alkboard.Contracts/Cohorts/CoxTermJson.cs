namespace Alkboard.Contracts.Cohorts;

/// <summary>One term of the Cox model (a group against the first): coefficient (log hazard ratio), its standard error, hazard ratio with 95% interval, and Wald p.</summary>
public sealed record CoxTermJson(string Group, double? Coefficient, double? Se, double? HazardRatio, double? Lower, double? Upper, double? P);
