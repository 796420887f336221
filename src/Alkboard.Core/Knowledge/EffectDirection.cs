namespace Alkboard.Core.Knowledge;

/// <summary>Whether evidence says a drug works against the alteration or that it does not.</summary>
public enum EffectDirection
{
    /// <summary>The alteration predicts benefit from the drug.</summary>
    Sensitivity,

    /// <summary>The alteration predicts no benefit (resistance, or reduced sensitivity).</summary>
    Resistance,
}
