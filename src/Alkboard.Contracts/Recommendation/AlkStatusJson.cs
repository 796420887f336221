using Alkboard.Core.Recommendation;

namespace Alkboard.Contracts.Recommendation;

/// <summary>ALK status as the record supports it (positive, negative, discordant, presumed_from_response, unconfirmed, unknown), the reasons, and the test that would confirm it.</summary>
public sealed record AlkStatusJson(AlkStatusKind Status, IReadOnlyList<string> Reasons, string? ConfirmingTest)
{
    /// <summary>The contract form of an ALK status.</summary>
    public static AlkStatusJson From(AlkStatus s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.Kind, [.. s.Reasons], s.ConfirmingTest);
    }
}
