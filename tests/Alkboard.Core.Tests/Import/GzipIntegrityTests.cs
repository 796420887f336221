using System.IO.Compression;
using Alkboard.Core.Import;
using Alkboard.Core.Tests.Support;

namespace Alkboard.Core.Tests.Import;

/// <summary>GZipStream reads a cut-short file to its end without an error; the importer must not half-import it.</summary>
public sealed class GzipIntegrityTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("alkboard-gzip-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, int> CutBgzf => new()
    {
        { "without its end-of-file block", 28 },
        { "cut inside a data block", 60 },
    };

    [Theory]
    [MemberData(nameof(CutBgzf))]
    public void A_truncated_bgzf_file_is_rejected_whole(string what, int cut)
    {
        var bytes = File.ReadAllBytes(ImportFixtures.Path("synthetic.unannotated.grch37.vcf.gz"));
        var path = Path.Combine(_folder, "cut.vcf.gz");
        File.WriteAllBytes(path, bytes[..^cut]);

        var import = LabFileImporter.Import(path, new ImportOptions(), Kb.Instance);

        import.Results.ShouldBeEmpty(what);
        import.Errors.ShouldHaveSingleItem().Code.ShouldBe(ImportErrorCodes.Unreadable);
    }

    [Fact]
    public void A_whole_plain_gzip_file_reads_and_a_cut_one_is_rejected()
    {
        var whole = Path.Combine(_folder, "whole.vcf.gz");
        using (var gzip = new GZipStream(File.Create(whole), CompressionLevel.Optimal))
        {
            gzip.Write(File.ReadAllBytes(ImportFixtures.Path("seed-001-p1.vep.vcf")));
        }

        var cut = Path.Combine(_folder, "cut.vcf.gz");
        File.WriteAllBytes(cut, File.ReadAllBytes(whole)[..^12]);

        LabFileImporter.Import(whole, new ImportOptions(), Kb.Instance).Results.Length.ShouldBe(1);
        LabFileImporter.Import(cut, new ImportOptions(), Kb.Instance).Errors.ShouldHaveSingleItem().Code.ShouldBe(ImportErrorCodes.Unreadable);
    }
}
