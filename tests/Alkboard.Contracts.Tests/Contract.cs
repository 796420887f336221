using System.Text.Json.Serialization.Metadata;

namespace Alkboard.Contracts.Tests;

/// <summary>One JSON contract under test: its schema file name, its type, real values of it, and the section of docs/ that describes it (null when none does).</summary>
public sealed record Contract(string Name, JsonTypeInfo TypeInfo, Func<IEnumerable<string>> Examples, DocSection? Doc)
{
    public override string ToString() => Name;
}
