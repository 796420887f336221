namespace Alkboard.Core.Cases;

/// <summary>Direction of an expression change against the comparator the lab reports.</summary>
public enum ExpressionDirection
{
    /// <summary>Increased expression.</summary>
    Up,

    /// <summary>Decreased expression.</summary>
    Down,
}
