namespace Alkboard.Core.Import;

/// <summary>One alternate allele of a VCF record, with the record's INFO and the tumor sample's FORMAT values.</summary>
internal sealed record VcfSite(
    string Chrom,
    long Pos,
    string Reference,
    string Alt,
    int AlleleNumber,
    string[] Alts,
    Dictionary<string, string> Info,
    Dictionary<string, string>? Sample,
    int Line)
{
    /// <summary>"chr2:29443613 C>T" as written in the file.</summary>
    public string Written => $"{Chrom}:{Pos} {Reference}>{Alt}";
}
