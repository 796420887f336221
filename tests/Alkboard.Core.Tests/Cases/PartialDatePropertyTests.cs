using Alkboard.Core.Cases;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Alkboard.Core.Tests.Cases;

/// <summary>Invariants of partial dates over many generated dates of every precision.</summary>
public class PartialDatePropertyTests
{
    private static Gen<PartialDate> Dates() =>
        from year in Gen.Choose(1990, 2030)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, 28)
        from kind in Gen.Choose(0, 3)
        from span in Gen.Choose(0, 400)
        select kind switch
        {
            0 => PartialDate.FromYear(year),
            1 => PartialDate.FromMonth(year, month),
            2 => PartialDate.FromDay(new DateOnly(year, month, day)),
            _ => PartialDate.ParseOrThrow($"{new DateOnly(year, month, day):yyyy-MM-dd}/{new DateOnly(year, month, day).AddDays(span):yyyy-MM-dd}"),
        };

    private static Arbitrary<PartialDate> Arb => Dates().ToArbitrary();

    [Property(MaxTest = 500)]
    public Property The_text_parses_back_to_the_same_date() =>
        Prop.ForAll(Arb, d => PartialDate.ParseOrThrow(d.Text) == d);

    [Property(MaxTest = 500)]
    public Property A_duration_range_contains_every_possible_exact_duration() =>
        Prop.ForAll(Arb, Arb, (a, b) =>
        {
            var range = PartialDate.Between(a, b);
            var exact = b.Earliest.DayNumber - a.Latest.DayNumber;
            return range.MinDays <= range.MaxDays && (exact < 0 || (range.MinDays <= exact && exact <= range.MaxDays));
        });

    [Property(MaxTest = 500)]
    public Property Ordering_is_antisymmetric_and_consistent_with_certainty() =>
        Prop.ForAll(Arb, Arb, (a, b) =>
            Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a))
            && (!a.IsCertainlyBefore(b) || a < b)
            && (a.Overlaps(b) == b.Overlaps(a))
            && !(a.IsCertainlyBefore(b) && a.Overlaps(b)));
}
