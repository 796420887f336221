using Alkboard.Core.Recommendation;

namespace Alkboard.Contracts.Recommendation;

/// <summary>One ALK mutation profile of a test ("ALK p.G1202R + p.L1196M"), the test id, its state at the decision point, and why.</summary>
public sealed record MutationProfileJson(string Profile, string Test, AlterationState State, string Reason)
{
    /// <summary>The contract form of a mutation profile state.</summary>
    public static MutationProfileJson From(MutationProfileState m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new(m.Text, m.TestId, m.State, m.Reason);
    }
}
