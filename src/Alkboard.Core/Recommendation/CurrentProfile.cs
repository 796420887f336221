using Alkboard.Core.Evidence;

namespace Alkboard.Core.Recommendation;

/// <summary>An ALK mutation profile that is present or possibly present now, with its interpretation.</summary>
public sealed record CurrentProfile(MutationProfileState State, Interpretation Interpretation);