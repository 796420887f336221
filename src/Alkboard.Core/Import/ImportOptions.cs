namespace Alkboard.Core.Import;

/// <summary>Choices the user makes for a lab file.</summary>
/// <param name="Sample">The tumor sample's column name; null to take it from <c>##tumor_sample=</c> or the only sample.</param>
/// <param name="AllGenes">Keep results in every gene, not only the knowledge base's genes (which are the default: the others are counted).</param>
/// <param name="UseIndex">
/// Read a BGZF VCF through its tabix or CSI index, when one lies beside it: only the knowledge
/// base's gene regions are then read, and the records' line numbers are not known (their
/// provenance line is 0). Off for <c>alkboard import</c>, whose case provenance names each line.
/// </param>
public sealed record ImportOptions(string? Sample = null, bool AllGenes = false, bool UseIndex = false);
