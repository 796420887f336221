namespace Alkboard.Core.Cases;

/// <summary>Child-Pugh class of liver function, as the treating team recorded it (labels that use Child-Pugh read it; it is never derived from bilirubin alone).</summary>
public enum ChildPughClass
{
    /// <summary>Class A (mild).</summary>
    A,

    /// <summary>Class B (moderate).</summary>
    B,

    /// <summary>Class C (severe).</summary>
    C,
}
