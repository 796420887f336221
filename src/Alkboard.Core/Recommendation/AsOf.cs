using Alkboard.Core.Cases;

namespace Alkboard.Core.Recommendation;

/// <summary>
/// The moment of a decision: a date (everything possibly on or before it is known), or, for
/// histories without dates, "after line N" (lines 1..N have happened, nothing later). Neither
/// means the whole case as recorded.
/// </summary>
public sealed record AsOf(PartialDate? Date, int? AfterLine)
{
    /// <summary>The whole case as recorded.</summary>
    public static AsOf Everything { get; } = new(null, null);

    /// <summary>How the moment is written in reports: "2021-08", "after line 2", "end of record".</summary>
    public override string ToString() => Date is { } d ? d.Text : AfterLine is { } n ? $"after line {n}" : "end of record";
}
