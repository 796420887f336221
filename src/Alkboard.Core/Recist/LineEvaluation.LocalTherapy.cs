using System.Text;
using Alkboard.Core.Cases;

namespace Alkboard.Core.Recist;

internal sealed partial class LineEvaluation
{
    /// <summary>
    /// The local therapies (surgery, radiotherapy, ablation, other) given during the line that name a
    /// lesion the line follows, with those lesions. A therapy names a lesion when one of its
    /// <see cref="LocalTherapy.Sites"/> is the lesion's id, site or organ, or when the words of one
    /// contain the other ("right thigh" names "right thigh soft tissue"). The case format has no
    /// lesion ids on local therapies, so the match is by site and deliberately generous: a lesion
    /// wrongly matched becomes not evaluable (NE), which can hide a response but never a progression.
    /// "During the line": not certainly before its start, or certainly after its baseline.
    /// </summary>
    private List<(LocalTherapy Therapy, List<Lesion> Lesions)> LocalTherapiesTreatingLesions(Assessment? reference, List<Assessment> followUps, List<Lesion> lesions)
    {
        var result = new List<(LocalTherapy, List<Lesion>)>();
        if (!followUps.Any(a => !a.Observations.IsDefaultOrEmpty))
        {
            return result;
        }

        foreach (var therapy in c.LocalTherapies)
        {
            var named = lesions.Where(l => therapy.Sites.Any(site => Names(site, l))).ToList();
            if (therapy.Date is not { } date)
            {
                if (named.Count > 0)
                {
                    _notes.Add($"{CaseWords.Of(therapy.Kind)} '{therapy.Id}' names {string.Join(", ", named.Select(l => l.Id))} but is undated: whether it fell within this line is unknown, so its lesions are evaluated as recorded");
                }

                continue;
            }

            var during = (line.Start is { } start && !date.IsCertainlyBefore(start)) || (reference?.Date is { } baselineDate && date.IsCertainlyAfter(baselineDate));
            var beforeEnd = (line.End ?? next?.Start) is not { } end || !date.IsCertainlyAfter(end);
            if (!during || !beforeEnd)
            {
                continue;
            }

            if (named.Count > 0)
            {
                result.Add((therapy, named));
            }
            else
            {
                _notes.Add($"{CaseWords.Of(therapy.Kind)} '{therapy.Id}' ({date.Text}) during this line names no lesion it follows ({(therapy.Sites.IsDefaultOrEmpty ? "no site given" : string.Join(", ", therapy.Sites))}): lesions are evaluated as recorded; give the treated lesion's site to exclude it");
            }
        }

        return result;
    }

    /// <summary>The lesions treated locally on or before an assessment (an assessment that may follow the therapy counts).</summary>
    private static Dictionary<string, LocalTherapy> TreatedBefore(Assessment a, List<(LocalTherapy Therapy, List<Lesion> Lesions)> therapies)
    {
        var treated = new Dictionary<string, LocalTherapy>(StringComparer.Ordinal);
        foreach (var (therapy, lesions) in therapies)
        {
            if (a.Date is { } date && date.IsCertainlyBefore(therapy.Date!.Value))
            {
                continue;
            }

            foreach (var lesion in lesions)
            {
                treated.TryAdd(lesion.Id, therapy);
            }
        }

        return treated;
    }

    private static bool Names(string site, Lesion lesion) =>
        string.Equals(site.Trim(), lesion.Id, StringComparison.OrdinalIgnoreCase)
        || (lesion.Organ is { } organ && SameWords(site, organ))
        || ContainsWords(lesion.Site, site)
        || ContainsWords(site, lesion.Site);

    private static bool SameWords(string a, string b) => Words(a).SequenceEqual(Words(b), StringComparer.Ordinal);

    private static bool ContainsWords(string text, string part)
    {
        var words = Words(text);
        var wanted = Words(part);
        if (wanted.Count == 0)
        {
            return false;
        }

        for (var i = 0; i + wanted.Count <= words.Count; i++)
        {
            if (words.Skip(i).Take(wanted.Count).SequenceEqual(wanted, StringComparer.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                current.Append(char.ToLowerInvariant(ch));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }
}
