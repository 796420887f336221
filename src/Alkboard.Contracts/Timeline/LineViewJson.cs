using Alkboard.Core.Timeline;

namespace Alkboard.Contracts.Timeline;

/// <summary>A line of systemic therapy: agents and doses, start and end, duration, why it stopped, access, cycles and dose changes.</summary>
public sealed record LineViewJson(
    int Line, IReadOnlyList<AgentViewJson> Agents, string? Start, string? End, DurationViewJson? Duration, string ReasonStopped,
    string? Access, int? Cycles, IReadOnlyList<string> DoseChanges, string? Note)
{
    /// <summary>The contract form of a line view.</summary>
    public static LineViewJson From(LineView l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return new(
            l.Line,
            [.. l.Agents.Select(a => new AgentViewJson(a.Drug, a.Dose))],
            l.Start,
            l.End,
            l.Duration is { } d ? new DurationViewJson(d.MinDays, d.MaxDays, d.MinMonths, d.MaxMonths, d.Text) : null,
            l.ReasonStopped,
            l.Access,
            l.Cycles,
            [.. l.DoseChanges],
            l.Note);
    }
}
