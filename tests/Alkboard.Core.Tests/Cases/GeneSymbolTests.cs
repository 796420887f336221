using Alkboard.Core.Cases;

namespace Alkboard.Core.Tests.Cases;

public class GeneSymbolTests
{
    [Theory]
    [InlineData("ALK")]
    [InlineData("CARS1")]
    [InlineData("C2orf44")]
    [InlineData("HLA-A")]
    public void HGNC_spellings_are_symbols_and_read_back_as_text(string text)
    {
        GeneSymbol.TryParse(text, out var symbol).ShouldBeTrue();
        string read = symbol!;

        read.ShouldBe(text);
        symbol.ToString().ShouldBe(text);
    }

    [Theory]
    [InlineData("alk")]
    [InlineData(" ALK")]
    [InlineData("ALK ")]
    [InlineData("EML4-ALK fusion")]
    [InlineData("")]
    [InlineData(null)]
    public void Lower_case_padded_or_free_text_is_never_a_symbol(string? text)
    {
        GeneSymbol.TryParse(text, out var symbol).ShouldBeFalse();
        symbol.ShouldBeNull();
    }

    [Fact]
    public void A_symbol_is_made_only_from_checked_text()
    {
        Should.Throw<ArgumentException>(() => GeneSymbol.Of("Alk"));
        GeneSymbol.Of("ALK").ShouldBe(GeneSymbol.Alk);
        (GeneSymbol.Alk == "ALK").ShouldBeTrue();
    }
}
