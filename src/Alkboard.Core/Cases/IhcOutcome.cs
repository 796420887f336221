namespace Alkboard.Core.Cases;

/// <summary>The read-out of an immunohistochemical stain.</summary>
public enum IhcOutcome
{
    /// <summary>Positive.</summary>
    Positive,

    /// <summary>Negative.</summary>
    Negative,

    /// <summary>Equivocal.</summary>
    Equivocal,
}
