namespace Alkboard.Contracts.Cohorts;

/// <summary>The log-rank test between groups: chi-square, degrees of freedom, p, and whether it was stratified.</summary>
public sealed record LogRankJson(double? ChiSquare, int Df, double? P, bool Stratified);
