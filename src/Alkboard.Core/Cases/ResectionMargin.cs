namespace Alkboard.Core.Cases;

/// <summary>Residual tumour after surgery (UICC R classification).</summary>
public enum ResectionMargin
{
    /// <summary>No residual tumour.</summary>
    R0,

    /// <summary>Microscopic residual tumour.</summary>
    R1,

    /// <summary>Macroscopic residual tumour.</summary>
    R2,
}
