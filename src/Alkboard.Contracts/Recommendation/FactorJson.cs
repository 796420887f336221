using Alkboard.Core.Recommendation;

namespace Alkboard.Contracts.Recommendation;

/// <summary>One scoring factor of an option: its name, its effect on the score in points (signed), and the detail behind it.</summary>
public sealed record FactorJson(string Name, int Effect, string Detail)
{
    /// <summary>The contract form of a factor.</summary>
    public static FactorJson From(Factor f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new(f.Name, f.Effect, f.Detail);
    }
}
