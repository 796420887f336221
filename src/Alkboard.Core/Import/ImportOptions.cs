namespace Alkboard.Core.Import;

/// <summary>Choices the user makes for a lab file.</summary>
/// <param name="Sample">The tumor sample's column name; null to take it from <c>##tumor_sample=</c> or the only sample.</param>
/// <param name="AllGenes">Keep results in every gene, not only the knowledge base's genes (which are the default: the others are counted).</param>
public sealed record ImportOptions(string? Sample = null, bool AllGenes = false);
