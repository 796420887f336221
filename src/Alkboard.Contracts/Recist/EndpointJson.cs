using Alkboard.Core.Recist;

namespace Alkboard.Contracts.Recist;

/// <summary>A time-to-event endpoint in months: the midpoint, the possible range when dates are partial, whether the event happened (false: censored), the dates it runs between, and a readable text.</summary>
public sealed record EndpointJson(double? Months, double? MonthsMin, double? MonthsMax, bool Event, string? From, string? To, string Text)
{
    /// <summary>The contract form of an endpoint, or null.</summary>
    public static EndpointJson? FromNullable(Endpoint? e) => e is null ? null : new(e.Months, e.MonthsMin, e.MonthsMax, e.Event, e.From, e.To, e.Text);
}
