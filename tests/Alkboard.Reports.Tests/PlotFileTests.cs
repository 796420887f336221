using Alkboard.Reports.Plots;

namespace Alkboard.Reports.Tests;

public sealed class PlotFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("alkboard-plot-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("a.svg", true)]
    [InlineData("a.PNG", true)]
    [InlineData("a.pdf", false)]
    [InlineData("a", false)]
    public void Only_svg_and_png_are_supported(string path, bool supported) =>
        PlotFile.IsSupported(path).ShouldBe(supported);

    [Fact]
    public void A_figure_is_written_whole_and_no_temporary_file_is_left()
    {
        var path = Path.Combine(folder, "sub", "figure.svg");
        var plot = new ScottPlot.Plot();
        plot.Add.Scatter(new double[] { 0, 1, 2 }, new double[] { 1, 0.5, 0.25 });

        PlotFile.Save(plot, path, 400);

        File.ReadAllText(path).ShouldContain("<svg");
        Directory.GetFiles(Path.GetDirectoryName(path)!).ShouldBe([path]);
    }

    [Fact]
    public void A_target_that_cannot_be_written_is_an_output_error_naming_it_and_leaves_nothing()
    {
        var blocker = Path.Combine(folder, "file");
        File.WriteAllText(blocker, "not a folder");
        var path = Path.Combine(blocker, "figure.png");

        var error = Should.Throw<OutputWriteException>(() => PlotFile.Save(new ScottPlot.Plot(), path, 400));

        error.Message.ShouldContain(path);
        Directory.GetFiles(folder).ShouldBe([blocker]);
    }
}
