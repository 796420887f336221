using System.Globalization;

namespace Alkboard.Core.Cases;

/// <summary>
/// A lesion size in millimetres (longest diameter; short axis for a lymph node), validated once
/// where it is made: never negative, never above <see cref="Maximum"/>. It widens to decimal for
/// RECIST arithmetic (sums, percentage changes), so a size can be read anywhere but only a checked
/// one can be made.
/// </summary>
public readonly record struct Millimetres : IComparable<Millimetres>
{
    /// <summary>The largest size accepted (2 m; no lesion is larger, so anything above is a unit error).</summary>
    public const decimal Maximum = 2000m;

    private Millimetres(decimal value) => Value = value;

    /// <summary>The size in millimetres.</summary>
    public decimal Value { get; }

    /// <summary>A size in millimetres.</summary>
    /// <param name="value">0 to <see cref="Maximum"/>.</param>
    /// <returns>The size.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Negative or above <see cref="Maximum"/> (readers check the bound first and report it as a located error).</exception>
    public static Millimetres From(decimal value) => value is >= 0 and <= Maximum
        ? new Millimetres(value)
        : throw new ArgumentOutOfRangeException(nameof(value), value, $"a size is 0 to {Maximum} mm");

    /// <summary>The size as a decimal number of millimetres.</summary>
    /// <param name="size">The size.</param>
    public static implicit operator decimal(Millimetres size) => size.Value;

    /// <inheritdoc/>
    public int CompareTo(Millimetres other) => Value.CompareTo(other.Value);

    /// <summary>Smaller than.</summary>
    public static bool operator <(Millimetres left, Millimetres right) => left.Value < right.Value;

    /// <summary>Larger than.</summary>
    public static bool operator >(Millimetres left, Millimetres right) => left.Value > right.Value;

    /// <summary>Smaller than or equal.</summary>
    public static bool operator <=(Millimetres left, Millimetres right) => left.Value <= right.Value;

    /// <summary>Larger than or equal.</summary>
    public static bool operator >=(Millimetres left, Millimetres right) => left.Value >= right.Value;

    /// <summary>"14" or "7.5": the number without a unit, invariant culture, as case files write it.</summary>
    public override string ToString() => Value.ToString("0.###", CultureInfo.InvariantCulture);
}
