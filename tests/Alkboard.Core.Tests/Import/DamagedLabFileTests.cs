using Alkboard.Core.Import;
using Alkboard.Core.Tests.Support;

namespace Alkboard.Core.Tests.Import;

/// <summary>Damaged lab files (cut short, a tab lost, a digit replaced) give located errors or a whole read, never an exception.</summary>
public sealed class DamagedLabFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("alkboard-damaged-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string> Fixtures => new(Directory.EnumerateFiles(ImportFixtures.Folder)
        .Select(Path.GetFileName).Where(f => f is not null && !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_damage_is_an_error_or_a_whole_read_never_an_exception(string fixture)
    {
        var bytes = File.ReadAllBytes(ImportFixtures.Path(fixture));
        var damaged = new List<byte[]>();
        for (var i = 1; i <= 16; i++)
        {
            var at = bytes.Length * i / 17;
            damaged.Add(bytes[..at]);
            var changed = (byte[])bytes.Clone();
            changed[at] = changed[at] switch { (byte)'\t' => (byte)' ', >= (byte)'0' and <= (byte)'9' => (byte)'x', _ => (byte)'\t' };
            damaged.Add(changed);
        }

        var path = Path.Combine(_folder, fixture);
        foreach (var content in damaged)
        {
            File.WriteAllBytes(path, content);

            var import = LabFileImporter.Import(path, new ImportOptions(), Kb.Instance);

            // Reaching here is the main check: no exception escaped the importer.
            if (!import.Success)
            {
                import.Results.ShouldBeEmpty();
                import.Errors.ShouldAllBe(e => e.Code.StartsWith("ALK-IMPORT-", StringComparison.Ordinal));
            }
        }
    }
}
