using System.Collections.Frozen;
using Alkboard.Core.Cases;

namespace Alkboard.Core.Knowledge;

/// <summary>
/// Every name a case may give an agent, from the curated drug and agent files: generic names,
/// brand names, research codes and named classes. Matching is case-insensitive and otherwise
/// exact; a misspelling resolves to nothing (the case loader then suggests the nearest name).
/// Drugs known only from imported CIViC evidence are not in it.
/// </summary>
public sealed class DrugVocabulary : IDrugVocabulary
{
    private readonly FrozenDictionary<string, DrugName> _byName;

    private readonly FrozenSet<DrugName> _alkInhibitors;

    internal DrugVocabulary(string release, IEnumerable<(string Spelling, DrugName Drug)> entries, IEnumerable<DrugName> alkInhibitors)
    {
        Release = release;
        _alkInhibitors = alkInhibitors.ToFrozenSet();
        var list = entries.ToList();
        _byName = list.ToFrozenDictionary(e => e.Spelling, e => e.Drug, StringComparer.OrdinalIgnoreCase);
        Spellings = [.. list.Select(e => e.Spelling)];
    }

    /// <inheritdoc />
    public string Release { get; }

    /// <inheritdoc />
    public IReadOnlyCollection<string> Spellings { get; }

    /// <inheritdoc />
    public bool IsAlkInhibitor(DrugName drug) => _alkInhibitors.Contains(drug);

    /// <inheritdoc />
    public DrugName? Resolve(string written)
    {
        ArgumentNullException.ThrowIfNull(written);
        return _byName.TryGetValue(written.Trim(), out var drug) ? drug : null;
    }
}
