namespace Alkboard.Cli;

/// <summary>
/// Stable codes for option values that parse but name nothing the knowledge base knows (exit 1,
/// docs/case-errors.md). Values that do not parse at all are usage errors (exit 2) without a code.
/// </summary>
public static class OptionErrorCodes
{
    /// <summary><c>kb map --drug</c> names no ALK inhibitor of the knowledge base.</summary>
    public const string MapDrugNotAnInhibitor = "ALK-CLI-MAP-001";

    /// <summary><c>kb map --mutation</c> is not an ALK mutation (or compound of mutations).</summary>
    public const string MapMutationNotAMutation = "ALK-CLI-MAP-002";
}
