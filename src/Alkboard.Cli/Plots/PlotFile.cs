namespace Alkboard.Cli.Plots;

/// <summary>Saves a ScottPlot figure as SVG or PNG by the file's extension.</summary>
internal static class PlotFile
{
    public const int Width = 900;

    public static bool IsSupported(string path) => Path.GetExtension(path).ToLowerInvariant() is ".svg" or ".png";

    public static void Save(ScottPlot.Plot plot, string path, int height)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        if (Path.GetExtension(path).Equals(".svg", StringComparison.OrdinalIgnoreCase))
        {
            plot.SaveSvg(full, Width, height);
        }
        else
        {
            plot.SavePng(full, Width, height);
        }
    }
}
