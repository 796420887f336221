using Alkboard.Core.Cohorts;

namespace Alkboard.Contracts.Cohorts;

/// <summary>One subgroup: lines, evaluable lines, counts of CR, PR, SD and PD, objective response rate (CR+PR) and disease control rate (CR+PR+SD).</summary>
public sealed record ResponseGroupJson(string Name, int Lines, int Evaluable, int Cr, int Pr, int Sd, int Pd, ProportionJson Orr, ProportionJson Dcr)
{
    /// <summary>The contract form of a subgroup's rates.</summary>
    public static ResponseGroupJson From(ResponseRate r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Group, r.Lines, r.Evaluable, r.Cr, r.Pr, r.Sd, r.Pd, ProportionJson.From(r.Orr, r.OrrWilson), ProportionJson.From(r.Dcr, r.DcrWilson));
    }
}
