namespace Alkboard.Core.Recist;

/// <summary>How RECIST 1.1 is applied to a case.</summary>
/// <param name="RequireConfirmation">Require CR/PR to be confirmed ≥ <see cref="ConfirmationMinimumDays"/> later (RECIST 1.1 asks for it when response is the primary endpoint of a non-randomised trial).</param>
/// <param name="ConfirmationMinimumDays">Days between a response and its confirmation; 28 by the guideline.</param>
/// <param name="StableDiseaseMinimumDays">SD counts as best response only when measured at least this many days after the start of the line; the guideline leaves it to the protocol ("in general not less than 6–8 weeks"), default 42 days.</param>
/// <param name="BaselineWindowDays">The baseline is the latest measured assessment on or before the start of the line and no more than this many days before it; the guideline says "never more than 4 weeks", default 28 days. Partial dates qualify when they may fall within the window.</param>
public sealed record RecistOptions(
    bool RequireConfirmation = false,
    int ConfirmationMinimumDays = RecistRules.ConfirmationMinimumDays,
    int StableDiseaseMinimumDays = 42,
    int BaselineWindowDays = 28)
{
    /// <summary>The defaults: no confirmation, 28-day confirmation interval, SD ≥ 42 days, baseline ≤ 28 days before start.</summary>
    public static RecistOptions Default { get; } = new();
}
