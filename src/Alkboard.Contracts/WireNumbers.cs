namespace Alkboard.Contracts;

/// <summary>How statistics are written: finite values rounded to 10 decimals; NaN and infinities (not estimable) as null.</summary>
internal static class WireNumbers
{
    public static double? Finite(double? value) => value is { } v && !double.IsNaN(v) && !double.IsInfinity(v) ? Math.Round(v, 10) : null;
}
