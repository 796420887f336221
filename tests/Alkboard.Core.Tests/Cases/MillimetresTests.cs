using Alkboard.Core.Cases;

namespace Alkboard.Core.Tests.Cases;

public class MillimetresTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(9.5)]
    [InlineData(2000)]
    public void Sizes_from_zero_to_two_metres_are_made_and_read_back_as_decimals(decimal value)
    {
        decimal read = Millimetres.From(value);

        read.ShouldBe(value);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(2000.1)]
    public void A_negative_or_impossible_size_cannot_be_made(decimal value)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Millimetres.From(value));
    }

    [Fact]
    public void Sizes_compare_and_print_as_case_files_write_them()
    {
        (Millimetres.From(9) < Millimetres.From(10)).ShouldBeTrue();
        Millimetres.From(15).CompareTo(Millimetres.From(15)).ShouldBe(0);
        Millimetres.From(7.50m).ToString().ShouldBe("7.5");
    }
}
