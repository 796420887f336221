namespace Alkboard.Core.Evidence;

/// <summary>How a statement's alteration matched the patient's, strongest first (the order <see cref="Interpreter"/> lists implications in).</summary>
public enum MatchKind
{
    /// <summary>The same alteration ("exact"): the same change, call or whole compound.</summary>
    Exact,

    /// <summary>The same fusion with the same 5′ partner ("partner").</summary>
    Partner,

    /// <summary>Any change at the statement's residue ("position").</summary>
    Position,

    /// <summary>A fusion statement for any partner ("any_partner").</summary>
    AnyPartner,

    /// <summary>A statement about a part of the patient's compound profile ("part G1202R").</summary>
    Part,
}

/// <summary>A match of a statement to the patient's alteration: its kind and, for a part of a compound, which part.</summary>
/// <param name="Kind">How it matched.</param>
/// <param name="Part">For <see cref="MatchKind.Part"/>, the part's short form (G1202R, or G1202R+L1196M); else null.</param>
public readonly record struct StatementMatch(MatchKind Kind, string? Part = null)
{
    /// <summary>The wire word: exact, partner, position, any_partner, or "part X".</summary>
    public override string ToString() => Kind switch
    {
        MatchKind.Exact => "exact",
        MatchKind.Partner => "partner",
        MatchKind.Position => "position",
        MatchKind.AnyPartner => "any_partner",
        MatchKind.Part => $"part {Part}",
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "unknown match kind"),
    };

    /// <summary>True for a match to the patient's whole alteration (exact or by position), which may give sensitivity to a compound.</summary>
    public bool IsWhole => Kind is MatchKind.Exact or MatchKind.Position;
}
