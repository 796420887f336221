namespace Alkboard.Core.Knowledge;

/// <summary>
/// The treatment setting a statement's evidence was observed in (issue 12, item 6; CLINICAL-LOGIC §7):
/// it supports a choice there; anywhere else it is an extrapolation.
/// </summary>
public enum TherapySetting
{
    /// <summary>Not restricted (approvals, pooled series across lines, imported CIViC evidence without a setting).</summary>
    Any,

    /// <summary>Before any ALK inhibitor.</summary>
    AlkInhibitorNaive,

    /// <summary>After crizotinib (progression or no response).</summary>
    AfterCrizotinib,

    /// <summary>After a second-generation ALK inhibitor.</summary>
    AfterSecondGeneration,

    /// <summary>After any ALK inhibitor.</summary>
    AfterAlkInhibitor,
}
