namespace Alkboard.Reports.Plots;

/// <summary>
/// Saves a ScottPlot figure as SVG or PNG by the file's extension, atomically: the figure is written
/// to a temporary file beside the target and renamed over it, so an error leaves no partial output.
/// </summary>
public static class PlotFile
{
    /// <summary>The width of every figure, in pixels.</summary>
    public const int Width = 900;

    /// <summary>Whether the extension of <paramref name="path"/> is one a figure can be saved as (.svg, .png).</summary>
    /// <param name="path">The target file.</param>
    /// <returns>True for .svg and .png, in any case.</returns>
    public static bool IsSupported(string path) => Path.GetExtension(path).ToLowerInvariant() is ".svg" or ".png";

    /// <summary>Saves <paramref name="plot"/> to <paramref name="path"/> atomically.</summary>
    /// <param name="plot">The figure.</param>
    /// <param name="path">An .svg or .png file.</param>
    /// <param name="height">The height in pixels.</param>
    /// <exception cref="OutputWriteException">The file cannot be written; nothing partial is left.</exception>
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
