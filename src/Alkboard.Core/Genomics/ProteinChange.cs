using System.Globalization;
using System.Text.RegularExpressions;

namespace Alkboard.Core.Genomics;

/// <summary>
/// A protein-level change, normalised to the one-letter short form used by CIViC and OncoKB
/// (L1196Q, T1151dup) and the HGVS three-letter form (p.Leu1196Gln, p.Thr1151dup). A change given
/// only by position (CIViC "I1171") has no alternate residue and stands for any change there.
/// </summary>
public sealed partial record ProteinChange(char Reference, int Position, string? Alternate)
{
#pragma warning disable IDE0055 // the amino-acid table reads best eight to a line
    private static readonly Dictionary<string, char> ThreeToOne = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Ala"] = 'A', ["Arg"] = 'R', ["Asn"] = 'N', ["Asp"] = 'D', ["Cys"] = 'C', ["Gln"] = 'Q', ["Glu"] = 'E', ["Gly"] = 'G',
        ["His"] = 'H', ["Ile"] = 'I', ["Leu"] = 'L', ["Lys"] = 'K', ["Met"] = 'M', ["Phe"] = 'F', ["Pro"] = 'P', ["Ser"] = 'S',
        ["Thr"] = 'T', ["Trp"] = 'W', ["Tyr"] = 'Y', ["Val"] = 'V', ["Ter"] = '*',
    };
#pragma warning restore IDE0055

    /// <summary>True when only the position is known (any change at it).</summary>
    public bool IsPositionOnly => Alternate is null;

    /// <summary>The short form: L1196Q, T1151dup, I1171.</summary>
    public string ShortForm => string.Create(CultureInfo.InvariantCulture, $"{Reference}{Position}{Alternate}");

    /// <summary>The HGVS protein form: p.Leu1196Gln, p.Thr1151dup.</summary>
    public string Hgvs => string.Create(CultureInfo.InvariantCulture, $"p.{Three(Reference)}{Position}{(Alternate is { Length: 1 } a ? Three(a[0]) : Alternate)}");

    /// <summary>True when this change falls under <paramref name="other"/> (equal, or other is position-only at the same residue).</summary>
    public bool IsCoveredBy(ProteinChange other) =>
        other.Reference == Reference && other.Position == Position && (other.IsPositionOnly || other.Alternate == Alternate);

    /// <summary>Parses p.Leu1196Gln, p.L1196Q, L1196Q, Leu1196Gln, T1151dup, p.(L1196Q), I1171; null when it is none of these.</summary>
    public static ProteinChange? TryParse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        if (t.StartsWith("p.", StringComparison.Ordinal))
        {
            t = t[2..].Trim('(', ')');
        }

        var m = Pattern().Match(t);
        if (!m.Success)
        {
            return null;
        }

        var reference = Residue(m.Groups["ref"].Value);
        var position = int.Parse(m.Groups["pos"].Value, CultureInfo.InvariantCulture);
        var altText = m.Groups["alt"].Value;
        if (reference is null || position is < 1 or > 40000)
        {
            return null;
        }

        string? alternate = null;
        if (altText.Length > 0)
        {
            if (altText.Equals("dup", StringComparison.OrdinalIgnoreCase) || altText.Equals("del", StringComparison.OrdinalIgnoreCase) || altText.Equals("fs", StringComparison.OrdinalIgnoreCase))
            {
                alternate = altText.ToLowerInvariant();
            }
            else if (Residue(altText) is { } alt)
            {
                alternate = alt.ToString();
            }
            else
            {
                return null;
            }
        }

        return new ProteinChange(reference.Value, position, alternate);
    }

    private static char? Residue(string text) => text.Length switch
    {
        1 when "ACDEFGHIKLMNPQRSTVWY*".Contains(text[0], StringComparison.Ordinal) => text[0],
        3 when ThreeToOne.TryGetValue(text, out var one) => one,
        _ => null,
    };

    private static string Three(char one) => ThreeToOne.First(p => p.Value == one).Key;

    [GeneratedRegex(@"^(?<ref>[A-Z][a-z]{2}|[A-Z\*])(?<pos>[0-9]{1,5})(?<alt>[A-Z][a-z]{2}|[A-Z\*]|dup|del|fs)?$")]
    private static partial Regex Pattern();
}
