namespace Alkboard.Core.Cases;

/// <summary>RECIST 1.1 response categories.</summary>
public enum ResponseCategory
{
    /// <summary>Complete response.</summary>
    CR,

    /// <summary>Partial response.</summary>
    PR,

    /// <summary>Stable disease.</summary>
    SD,

    /// <summary>Progressive disease.</summary>
    PD,

    /// <summary>Not evaluable.</summary>
    NE,

    /// <summary>Non-CR/non-PD (non-target disease only).</summary>
    NonCRNonPD,
}
