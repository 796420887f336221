namespace Alkboard.Core.Cases;

/// <summary>
/// The names a case file may give an agent: generic names, brand names, research codes and named
/// drug classes, each resolving to one <see cref="DrugName"/>. The knowledge base provides it; the
/// case loader resolves every agent through it and refuses what it does not know.
/// </summary>
public interface IDrugVocabulary
{
    /// <summary>The knowledge base release the vocabulary comes from, for messages.</summary>
    string Release { get; }

    /// <summary>Every accepted spelling (for suggesting the nearest one).</summary>
    IReadOnlyCollection<string> Spellings { get; }

    /// <summary>The agent a written name denotes (case-insensitive, exact otherwise), or null.</summary>
    DrugName? Resolve(string written);

    /// <summary>True when the agent is an ALK inhibitor (for the consistency checks of a case).</summary>
    bool IsAlkInhibitor(DrugName drug);
}
