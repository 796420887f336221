using Alkboard.Core.Cases;
using Alkboard.Core.Import;

namespace Alkboard.Core.Tests.Import;

public class FusionTableReaderTests
{
    /// <summary>Each caller's table: the format recognised from its header, and the fusions kept (5', 3', frame, line).</summary>
    public static TheoryData<string, LabFileFormat, string, string[]> Tables => new()
    {
        { "seed-001-p1.arriba.tsv", LabFileFormat.Arriba, "Arriba", ["RRBP1::ALK frame=? line=2"] },
        // gene1 is ALK but Arriba's strands and directions make EML4 the 5' end; CARS is read as CARS1 through genes.yaml
        { "synthetic.arriba.tsv", LabFileFormat.Arriba, "Arriba", ["EML4::ALK frame=True line=2", "CARS1::ALK frame=False line=4"] },
        { "synthetic.star-fusion.abridged.tsv", LabFileFormat.StarFusion, "STAR-Fusion", ["EML4::ALK frame=? line=2"] },
        { "synthetic.star-fusion.full.tsv", LabFileFormat.StarFusion, "STAR-Fusion", ["TPM3::ALK frame=True line=2"] },
        { "synthetic.fusioncatcher.txt", LabFileFormat.FusionCatcher, "FusionCatcher", ["TNS1::ALK frame=True line=3"] },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void Reads_partners_frame_and_line_of_each_callers_table(string file, LabFileFormat format, string caller, string[] expected)
    {
        var import = ImportFixtures.Import(file);

        import.Errors.ShouldBeEmpty();
        import.Format.ShouldBe(format);
        import.Caller.ShouldBe(caller);
        import.Results.Cast<FusionCall>()
            .Select(f => $"{f.FivePrimeGene}::{f.ThreePrimeGene} frame={f.InFrame?.ToString() ?? "?"} line={f.Provenance!.Line}")
            .ShouldBe(expected);
    }

    [Fact]
    public void Arriba_orientation_follows_the_strand_and_direction_columns_and_is_marked_inferred_when_they_do_not_decide_it()
    {
        var import = ImportFixtures.Import("synthetic.arriba.orientation.tsv");

        import.Errors.ShouldBeEmpty();
        import.Results.Cast<FusionCall>()
            .Select(f => $"{f.FivePrimeGene}::{f.ThreePrimeGene} inferred={f.OrientationInferred} line={f.Provenance!.Line}")
            .ShouldBe(["ALK::EML4 inferred=True line=2", "EML4::ALK inferred=False line=3", "RRBP1::ALK inferred=True line=4"]);
        import.Results.Cast<FusionCall>().First().Note!.ShouldContain("orientation (5'/3') not determined");
    }

    [Fact]
    public void Fusions_without_a_knowledge_base_gene_are_counted_not_added()
    {
        var import = ImportFixtures.Import("synthetic.arriba.tsv");

        import.Counts["fusion rows"].ShouldBe(3);
        import.Counts["fusions added"].ShouldBe(2);
        import.Counts["fusions without a knowledge-base gene (not added)"].ShouldBe(1);
        import.Notes.ShouldContain(n => n.StartsWith("ALK fusion (ALK 3'): EML4::ALK, in frame", StringComparison.Ordinal));
    }

    [Fact]
    public void Breakpoints_and_supporting_reads_are_kept()
    {
        var fusion = (FusionCall)ImportFixtures.Import("synthetic.arriba.tsv").Results[0];

        fusion.Breakpoint.ShouldBe("2:400 / 2:300 (5' / 3')");
        fusion.Note.ShouldNotBeNull().ShouldContain("26 supporting reads (split reads 10 + 12, discordant mates 4)");
        ((FusionCall)ImportFixtures.Import("synthetic.star-fusion.full.tsv").Results[0]).ThreePrimeTranscript.ShouldBe("SYNTH-TX-R.1");
    }

    [Fact]
    public void A_table_with_one_malformed_row_is_rejected_whole()
    {
        var import = ImportFixtures.Import("malformed.arriba.tsv");

        import.Results.ShouldBeEmpty();
        import.Errors.Select(e => (e.Code, e.Location.Line)).ShouldBe([(ImportErrorCodes.FusionRow, 2)]);
    }
}
