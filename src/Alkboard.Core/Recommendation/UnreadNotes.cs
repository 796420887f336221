using System.Collections.Immutable;
using Alkboard.Core.Cases;

namespace Alkboard.Core.Recommendation;

/// <summary>
/// Free-text notes are never evaluated (issue 12, item 4): the report lists where the record holds
/// notes that the engine did not read, so that the board reads them.
/// </summary>
public static class UnreadNotes
{
    /// <summary>"where: text" for every note of the case.</summary>
    public static ImmutableArray<string> Of(PatientCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var notes = new List<string>();
        notes.AddRange(c.Notes.Select(n => $"case: {n}"));
        notes.AddRange(c.Diagnoses.Where(d => d.Note is not null).Select(d => $"diagnosis {d.Id}: {d.Note}"));
        notes.AddRange(c.MolecularTests.Where(t => t.Note is not null).Select(t => $"test {t.Id}: {t.Note}"));
        notes.AddRange(c.MolecularTests.SelectMany(t => t.Results.Where(r => r.Note is not null).Select(r => $"test {t.Id}, {r.Describe()}: {r.Note}")));
        notes.AddRange(c.TherapyLines.Where(l => l.Note is not null).Select(l => $"line {l.Number}: {l.Note}"));
        notes.AddRange(c.AdverseEvents.Where(e => e.Note is not null).Select(e => $"adverse event {e.Term}: {e.Note}"));
        notes.AddRange(c.PatientStatus.Where(s => s.Note is not null).Select(s => $"patient status {s.Date}: {s.Note}"));
        notes.AddRange(c.Medications.Where(m => m.Note is not null).Select(m => $"medication {m.Name}: {m.Note}"));
        if (c.Outcome?.Note is { } o)
        {
            notes.Add($"outcome: {o}");
        }

        return [.. notes];
    }
}
