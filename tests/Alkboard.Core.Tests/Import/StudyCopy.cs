namespace Alkboard.Core.Tests.Import;

/// <summary>
/// A copy of the synthetic study of Fixtures/cbioportal/synthetic_imt in a temporary folder, with
/// files of Fixtures/cbioportal (broken/, variants/) put in place of some of its files, or files
/// written by the test.
/// </summary>
internal sealed class StudyCopy : IDisposable
{
    public static string Cbioportal { get; } = ImportFixtures.Path("cbioportal");

    public static string Synthetic => System.IO.Path.Combine(Cbioportal, "synthetic_imt");

    /// <param name="swaps">Each file of the study to replace, and the file (relative to Fixtures/cbioportal/broken, or with a folder, to Fixtures/cbioportal) put in its place.</param>
    public StudyCopy(params (string Target, string Broken)[] swaps)
    {
        Folder = Directory.CreateTempSubdirectory("alkboard-study-").FullName;
        foreach (var file in Directory.GetFiles(Synthetic))
        {
            File.Copy(file, System.IO.Path.Combine(Folder, System.IO.Path.GetFileName(file)));
        }

        foreach (var (target, broken) in swaps)
        {
            var source = broken.Contains('/', StringComparison.Ordinal) ? System.IO.Path.Combine(Cbioportal, broken) : System.IO.Path.Combine(Cbioportal, "broken", broken);
            File.Copy(source, System.IO.Path.Combine(Folder, target), overwrite: true);
        }
    }

    public string Folder { get; }

    /// <summary>Writes a file of the copy (a timeline written in the test).</summary>
    public void Write(string name, string text) => File.WriteAllText(System.IO.Path.Combine(Folder, name), text);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
