namespace Alkboard.Core.Cases;

/// <summary>The reported copy-number state.</summary>
public enum CopyNumberCall
{
    /// <summary>Copy gain below the lab's amplification threshold.</summary>
    Gain,

    /// <summary>Amplification.</summary>
    Amplification,

    /// <summary>Loss of one copy (heterozygous).</summary>
    Loss,

    /// <summary>Loss of both copies (homozygous deletion).</summary>
    Deletion,
}
