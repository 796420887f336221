namespace Alkboard.Core.Recommendation;

/// <summary>What the record establishes about ALK (CLINICAL-LOGIC §5.1).</summary>
public enum AlkStatusKind
{
    /// <summary>No test that can establish ALK status, and no response to an ALK inhibitor.</summary>
    Unknown,

    /// <summary>A rearrangement or protein test establishes ALK positivity.</summary>
    Positive,

    /// <summary>No establishing test, but a documented response to an ALK inhibitor shows ALK dependence; the confirming test is ordered.</summary>
    PresumedFromResponse,

    /// <summary>Establishing results disagree (IHC, FISH, RNA, DNA, or a response against a negative): reported as such, settled by RNA-based NGS.</summary>
    Discordant,

    /// <summary>Only results that cannot establish positivity (an out-of-frame DNA call, a call that loses the kinase domain): confirm before ALK-directed therapy.</summary>
    Unconfirmed,

    /// <summary>Tested for rearrangement (or protein) and negative.</summary>
    Negative,
}
