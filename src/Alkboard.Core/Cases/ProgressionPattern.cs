namespace Alkboard.Core.Cases;

/// <summary>
/// How disease progressed: at a few sites with the rest controlled (oligoprogression, treated
/// locally while the same inhibitor continues; seed 004), or systemically.
/// </summary>
public enum ProgressionPattern
{
    /// <summary>A few progressing sites, the rest controlled.</summary>
    Oligo,

    /// <summary>Widespread progression.</summary>
    Systemic,
}
