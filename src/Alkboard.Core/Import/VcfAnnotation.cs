namespace Alkboard.Core.Import;

/// <summary>One transcript annotation of an allele (VEP CSQ or SnpEff ANN), the parts Alkboard reads.</summary>
internal sealed record VcfAnnotation(string Allele, string? Gene, string? HgvsCdna, string? HgvsProtein, string? Consequence, string? Transcript, bool Preferred, string Source);
