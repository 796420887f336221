using System.Text.RegularExpressions;
using Alkboard.Core.Genomics;

namespace Alkboard.Core.Knowledge;

/// <summary>
/// Turns CIViC evidence into knowledge-base statements.
/// Level, in the evidence's own tumor type: sensitivity A → 1, B (clinical) → 3A, C (case study) → 3B, D and E → 4;
/// resistance A → R1, B and C → R2, D and E → 4 (preclinical). Direction: "supports" keeps the
/// significance; "does not support" sensitivity is read as resistance, and the reverse.
/// The molecular profile "EML4::ALK Fusion AND ALK G1202R" is the ALK mutation (the fusion is its
/// context); two or more ALK mutations make a compound profile; "ALK I1171" is a position-level
/// profile; an ALK amplification with a fusion is the amplification; a fusion alone is the fusion
/// (any partner for "v::ALK"). Exon deletions, alternative transcripts and "ALK Mutation" are not
/// imported and are listed by `alkboard kb info`.
/// </summary>
public static partial class CivicMapping
{
    /// <summary>The statement for an item, or the reason it is not imported.</summary>
    public static (Statement? Statement, string? Reason) ToStatement(CivicItem item, string sourceFile, string citationId)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!string.Equals(item.Status, "ACCEPTED", StringComparison.OrdinalIgnoreCase))
        {
            return (null, $"EID {item.EvidenceId}: status {item.Status}");
        }

        if (!string.Equals(item.EvidenceType, "PREDICTIVE", StringComparison.OrdinalIgnoreCase))
        {
            return (null, $"EID {item.EvidenceId}: {item.EvidenceType.ToLowerInvariant()} evidence (not therapeutic)");
        }

        var alteration = Alteration(item.MolecularProfile);
        if (alteration is null)
        {
            return (null, $"EID {item.EvidenceId}: profile '{item.MolecularProfile}' is not an ALK fusion, mutation or amplification");
        }

        var supports = !string.Equals(item.Direction, "DOES_NOT_SUPPORT", StringComparison.OrdinalIgnoreCase);
        var resistance = item.Significance.ToUpperInvariant() switch
        {
            "SENSITIVITYRESPONSE" or "SENSITIVITY/RESPONSE" => !supports,
            "RESISTANCE" or "REDUCED_SENSITIVITY" or "REDUCED SENSITIVITY" => supports,
            _ => (bool?)null,
        };
        if (resistance is null)
        {
            return (null, $"EID {item.EvidenceId}: significance {item.Significance} is not sensitivity or resistance");
        }

        var direction = resistance.Value ? EffectDirection.Resistance : EffectDirection.Sensitivity;
        var level = (item.Level.ToUpperInvariant(), direction) switch
        {
            ("A", EffectDirection.Sensitivity) => EvidenceLevel.Level1,
            ("B", EffectDirection.Sensitivity) => EvidenceLevel.Level3A,
            ("C", EffectDirection.Sensitivity) => EvidenceLevel.Level3B,
            ("A", EffectDirection.Resistance) => EvidenceLevel.LevelR1,
            ("B" or "C", EffectDirection.Resistance) => EvidenceLevel.LevelR2,
            _ => EvidenceLevel.Level4,
        };
        var grade = $"CIViC EID {item.EvidenceId}, level {item.Level}{(item.Rating is { } r ? $", rating {r}" : string.Empty)}{(supports ? string.Empty : ", does not support " + Significance(item.Significance))}";
        var statement = new Statement(
            $"civic:EID{item.EvidenceId}",
            alteration,
            [.. item.Therapies.Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0)],
            direction,
            level,
            item.Disease,
            grade,
            item.Description,
            [citationId],
            sourceFile);
        return statement.Drugs.IsEmpty ? (null, $"EID {item.EvidenceId}: no therapy") : (statement, null);
    }

    /// <summary>The alteration a CIViC molecular profile name denotes, or null.</summary>
    public static Alteration? Alteration(string profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var parts = profile.Split([" AND ", " OR "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var changes = parts.Select(p => AlkChange().Match(p)).Where(m => m.Success).Select(m => ProteinChange.TryParse(m.Groups["c"].Value)).OfType<ProteinChange>().ToList();
        if (changes.Count > 0)
        {
            return Genomics.Alteration.Protein("ALK", changes);
        }

        if (parts.Any(p => p.Equals("ALK Amplification", StringComparison.OrdinalIgnoreCase)))
        {
            return new Alteration(AlterationKind.CopyNumber, "ALK", null, null, null, [], null, "amplification");
        }

        foreach (var part in parts)
        {
            if (Fusion().Match(part) is { Success: true } f && f.Groups["three"].Value == "ALK")
            {
                var five = f.Groups["five"].Value;
                return Genomics.Alteration.Fusion(five == "v" ? null : five, "ALK", Empty(f.Groups["fe"].Value), Empty(f.Groups["te"].Value));
            }
        }

        return null;
    }

    private static string? Empty(string text) => text.Length == 0 ? null : text;

    [GeneratedRegex(@"^ALK (?<c>[A-Z]\d+(?:[A-Z]|dup|del|fs)?)$")]
    private static partial Regex AlkChange();

    [GeneratedRegex(@"^(?<five>[A-Za-z0-9]+)::(?<three>[A-Za-z0-9]+)( Fusion| e(?<fe>\d+)::e(?<te>\d+))$")]
    private static partial Regex Fusion();

    /// <summary>CIViC's significance words as a reader writes them ("SENSITIVITYRESPONSE" is "sensitivity/response").</summary>
    private static string Significance(string significance) => significance.ToUpperInvariant() switch
    {
        "SENSITIVITYRESPONSE" => "sensitivity/response",
        "REDUCED_SENSITIVITY" => "reduced sensitivity",
        "ADVERSE_RESPONSE" => "adverse response",
        "RESISTANCE" => "resistance",
        _ => significance.Replace('_', ' ').ToLowerInvariant(),
    };
}