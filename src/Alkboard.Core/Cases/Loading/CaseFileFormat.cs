namespace Alkboard.Core.Cases.Loading;

/// <summary>The two syntaxes of the one case format.</summary>
public enum CaseFileFormat
{
    /// <summary>JSON (.json).</summary>
    Json,

    /// <summary>YAML (.yaml, .yml).</summary>
    Yaml,
}
