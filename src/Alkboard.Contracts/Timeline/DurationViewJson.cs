namespace Alkboard.Contracts.Timeline;

/// <summary>A duration with its uncertainty: in days and in months (30.4375 days per month, two decimals), and as text.</summary>
public sealed record DurationViewJson(int MinDays, int MaxDays, double MinMonths, double MaxMonths, string Text);
