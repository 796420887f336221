namespace Alkboard.Core.Recommendation;

/// <summary>Something that speaks against an option, by kind (logic reads the kind) and as the report words it.</summary>
public sealed record OptionWarning(WarningKind Kind, string Text)
{
    /// <inheritdoc />
    public override string ToString() => Text;
}
