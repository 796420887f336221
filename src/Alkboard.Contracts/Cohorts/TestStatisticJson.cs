namespace Alkboard.Contracts.Cohorts;

/// <summary>A chi-square statistic of the Cox model (likelihood ratio, Wald or score) with its degrees of freedom and p.</summary>
public sealed record TestStatisticJson(double? ChiSquare, int Df, double? P);
