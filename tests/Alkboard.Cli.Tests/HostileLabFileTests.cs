using System.Text;
using Alkboard.Cli.Tests.Support;

namespace Alkboard.Cli.Tests;

/// <summary>
/// Hostile lab files for the readers added after the case-file corpus (OncoKB tables, GISTIC matrices,
/// tabix indexes, cBioPortal studies): each is refused with a located code and exit 1, never a
/// stack trace, and nothing is written.
/// </summary>
public sealed class HostileLabFileTests : IDisposable
{
    private static readonly string Fixtures = Path.Combine(AlkboardCli.Root, "tests", "Alkboard.Core.Tests", "Import", "Fixtures");
    private readonly string folder = Directory.CreateTempSubdirectory("alkboard-hostile-lab-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private static void RefusedClearly((int ExitCode, string Out, string Error) run, string code)
    {
        run.ExitCode.ShouldBe(ExitCodes.InvalidInput, run.Error);
        (run.Out + run.Error).ShouldContain(code);
        (run.Out + run.Error).ShouldNotContain("   at ");
        (run.Out + run.Error).ShouldNotContain("ALK-INTERNAL");
    }

    public static TheoryData<string, string, string> Tables => new()
    {
        // An OncoKB fusion table whose fusion cell is a 100,000-character run of hyphens.
        { "fusions.txt", "Tumor_Sample_Barcode\tFusion\nS1\t" + new string('-', 100_000) + "\n", "ALK-IMPORT-" },
        // A GISTIC matrix whose copy-number cells are not numbers.
        { "cna.txt", "Gene Symbol\tLocus ID\tCytoband\tS1\nALK\t0\t0\t\u0000\u0001\u0002\n", "ALK-IMPORT-" },
        // A GISTIC matrix row with far more cells than the header.
        { "wide.txt", "Gene Symbol\tLocus ID\tCytoband\tS1\nALK\t0\t0" + string.Concat(Enumerable.Repeat("\t2", 50_000)) + "\n", "ALK-IMPORT-" },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void A_hostile_table_is_refused_by_interpret_with_a_located_code(string name, string text, string code)
    {
        var path = Write(name, text);

        RefusedClearly(AlkboardCli.Run("interpret", "--file", path), code);
    }

    [Fact]
    public void Control_characters_for_genes_are_counted_as_no_gene_and_never_interpreted()
    {
        var path = Write("sv.txt", "Tumor_Sample_Barcode\tGeneA\tGeneB\tSv_Type\nS1\t\u0008\t\u001b\t\u007f\n");

        var (exit, stdout, stderr) = AlkboardCli.Run("interpret", "--file", path);

        exit.ShouldBe(ExitCodes.Ok);
        stderr.ShouldContain("1  fusions without a knowledge-base gene (not added)");
        stderr.ShouldContain("the files hold no result to interpret");
        stdout.ShouldBeEmpty();
        (stdout + stderr).ShouldNotContain("   at ");
    }

    [Fact]
    public void A_random_tabix_index_beside_a_bgzf_vcf_is_refused_not_trusted()
    {
        var vcf = Path.Combine(folder, "regions.grch38.vcf.gz");
        File.Copy(Path.Combine(Fixtures, "regions", "regions.grch38.vcf.gz"), vcf);
        var random = new byte[4096];
        new Random(14).NextBytes(random);
        File.WriteAllBytes(vcf + ".tbi", random);

        RefusedClearly(AlkboardCli.Run("interpret", "--file", vcf), "ALK-IMPORT-006");
    }

    [Fact]
    public void A_study_with_a_binary_data_file_is_refused_whole_and_writes_nothing()
    {
        var study = Path.Combine(folder, "study");
        Directory.CreateDirectory(study);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Fixtures, "cbioportal", "synthetic_imt")))
        {
            File.Copy(file, Path.Combine(study, Path.GetFileName(file)));
        }

        var garbage = new byte[20_000];
        new Random(15).NextBytes(garbage);
        File.WriteAllBytes(Path.Combine(study, "data_structural_variants.txt"), garbage);
        var output = Path.Combine(folder, "out");

        RefusedClearly(AlkboardCli.Run("import-study", study, "--synthetic", "--output", output), "ALK-IMPORT-");
        Directory.Exists(output).ShouldBeFalse();
    }
}
