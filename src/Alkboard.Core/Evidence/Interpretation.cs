using System.Collections.Immutable;
using Alkboard.Core.Diagnostics;
using Alkboard.Core.Genomics;

namespace Alkboard.Core.Evidence;

/// <summary>
/// The interpretation of one input alteration: its normalised form, gene, kind, partners, role,
/// whether the knowledge base knows it, and its implications; or, for unreadable or ambiguous
/// input, the error (an ALK-GEN diagnostic) and candidates. Nothing is dropped: an alteration the
/// knowledge base does not know is returned with <see cref="Known"/> false.
/// </summary>
public sealed record Interpretation(
    string Input,
    string? Normalized,
    string? Gene,
    AlterationKind Kind,
    ImmutableArray<string> Partners,
    string Role,
    bool Known,
    ImmutableArray<Implication> Implications,
    ImmutableArray<string> Notes,
    Diagnostic? Error,
    ImmutableArray<string> Candidates);
