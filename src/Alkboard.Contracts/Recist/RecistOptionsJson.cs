using Alkboard.Core.Recist;

namespace Alkboard.Contracts.Recist;

/// <summary>The options of an evaluation: whether CR/PR need confirmation, the minimum days to confirmation, the minimum days after the start for stable disease, and how many days before the start a baseline may be.</summary>
public sealed record RecistOptionsJson(bool RequireConfirmation, int ConfirmationMinimumDays, int StableDiseaseMinimumDays, int BaselineWindowDays)
{
    /// <summary>The contract form of the options.</summary>
    public static RecistOptionsJson From(RecistOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new(o.RequireConfirmation, o.ConfirmationMinimumDays, o.StableDiseaseMinimumDays, o.BaselineWindowDays);
    }
}
