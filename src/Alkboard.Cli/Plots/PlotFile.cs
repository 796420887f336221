namespace Alkboard.Cli.Plots;

/// <summary>
/// Saves a ScottPlot figure as SVG or PNG by the file's extension, atomically: the figure is written
/// to a temporary file beside the target and renamed over it, so an error leaves no partial output.
/// </summary>
internal static class PlotFile
{
    public const int Width = 900;

    public static bool IsSupported(string path) => Path.GetExtension(path).ToLowerInvariant() is ".svg" or ".png";

    public static void Save(ScottPlot.Plot plot, string path, int height)
    {
        string? temporary = null;
        try
        {
            var full = Path.GetFullPath(path);
            var folder = Path.GetDirectoryName(full)!;
            Directory.CreateDirectory(folder);
            temporary = Path.Combine(folder, $".{Path.GetFileNameWithoutExtension(full)}.{Guid.NewGuid():N}{Path.GetExtension(full)}");
            if (Path.GetExtension(path).Equals(".svg", StringComparison.OrdinalIgnoreCase))
            {
                plot.SaveSvg(temporary, Width, height);
            }
            else
            {
                plot.SavePng(temporary, Width, height);
            }

            File.Move(temporary, full, overwrite: true);
            temporary = null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new OutputWriteException($"cannot write '{path}': {ex.Message}", ex);
        }
        finally
        {
            if (temporary is not null && File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
