using System.Collections.Immutable;

namespace Alkboard.Core.Recommendation;

/// <summary>
/// Where an alteration found after a line began came from: the test that first found it, the last
/// earlier test that looked and did not find it (if any), and the lines during which it emerged.
/// </summary>
public sealed record MutationAttribution(
    string Alteration,
    string FirstFoundIn,
    string? AbsentIn,
    ImmutableArray<int> Lines,
    string Statement);
