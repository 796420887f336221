namespace Alkboard.Core.Import;

/// <summary>Choices the user makes for a lab file: the tumor sample column of a multi-sample VCF.</summary>
/// <param name="Sample">The tumor sample's column name; null to take it from <c>##tumor_sample=</c> or the only sample.</param>
public sealed record ImportOptions(string? Sample = null);
