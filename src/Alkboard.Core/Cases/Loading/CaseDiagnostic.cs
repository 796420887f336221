namespace Alkboard.Core.Cases.Loading;

/// <summary>One problem found in a case file: a stable code, a message and where it is.</summary>
public sealed record CaseDiagnostic(string Code, string Message, SourceLocation Location)
{
    /// <summary>"file:line:column: error CODE at $.path: message", the form compilers use.</summary>
    public override string ToString() =>
        $"{Location}: error {Code} at {Location.Path}: {Message}";
}
