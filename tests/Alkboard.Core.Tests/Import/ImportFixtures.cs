using Alkboard.Core.Import;
using Alkboard.Core.Tests.Support;

namespace Alkboard.Core.Tests.Import;

/// <summary>The synthetic lab files of these tests (Fixtures/README.md says how each was written).</summary>
internal static class ImportFixtures
{
    public static string Folder => System.IO.Path.Combine(RepoPaths.Root, "tests", "Alkboard.Core.Tests", "Import", "Fixtures");

    public static string Path(string name) => System.IO.Path.Combine(Folder, name);

    public static LabFileImport Import(string name, string? sample = null) => LabFileImporter.Import(Path(name), new ImportOptions(sample), Kb.Instance);
}
