using System.Collections.Immutable;

namespace Alkboard.Core.Cases;

/// <summary>
/// A line of systemic therapy: its number, the agents and starting doses, start and end, why it
/// stopped, dose changes, and how the drug was obtained (a trial, expanded access).
/// </summary>
public sealed record TherapyLine(
    int Number,
    ImmutableArray<TherapyAgent> Agents,
    PartialDate? Start,
    PartialDate? End,
    StopReason ReasonStopped,
    ImmutableArray<DoseChange> DoseChanges,
    int? Cycles,
    string? Access,
    string? Note)
{
    /// <summary>The drug names of the line as the vocabulary writes them, joined by " + " for a combination.</summary>
    public string DrugsText => string.Join(" + ", Agents.Select(a => a.Drug));

    /// <summary>Time on treatment with its uncertainty, when both ends are known.</summary>
    public DurationRange? Duration => Start is { } s && End is { } e ? PartialDate.Between(s, e) : null;
}
