using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Alkboard.Core.Cases.Loading;

/// <summary>What a YAML text did that its reader does not accept.</summary>
public enum YamlBreach
{
    /// <summary>An alias (<c>*name</c>): it could expand without bound ("billion laughs") or refer to itself.</summary>
    Alias,

    /// <summary>An anchor (<c>&amp;name</c>): refused with aliases, the file is plain data.</summary>
    Anchor,

    /// <summary>Objects and lists nested deeper than the limit.</summary>
    TooDeep,

    /// <summary>One string longer than the limit.</summary>
    StringTooLong,

    /// <summary>More values in the file than the limit.</summary>
    TooManyValues,
}

/// <summary>Where and how a YAML text first broke its bounds.</summary>
public sealed record YamlViolation(YamlBreach Breach, int Line, int Column, string Message);

/// <summary>
/// Bounds checked on YamlDotNet's event stream before any tree or object is built, so a crafted
/// file is refused at its first offending event in time proportional to its length (issue 14).
/// Case files and knowledge files share it with their own limits and error codes.
/// </summary>
public sealed record YamlBounds(int MaxDepth, int MaxValues, int MaxStringLength)
{
    /// <summary>The first violation in the text, or null; a YAML syntax error surfaces as the parser's <see cref="YamlException"/>.</summary>
    public YamlViolation? FirstViolation(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        var values = 0;
        while (parser.MoveNext())
        {
            var e = parser.Current!;
            YamlViolation At(YamlBreach breach, string message) => new(breach, (int)e.Start.Line, (int)e.Start.Column, message);
            switch (e)
            {
                case AnchorAlias:
                    return At(YamlBreach.Alias, "YAML aliases (*name) are not accepted: write the value out");
                case NodeEvent { Anchor.IsEmpty: false }:
                    return At(YamlBreach.Anchor, "YAML anchors (&name) are not accepted: write the value out");
                case MappingStart or SequenceStart:
                    depth++;
                    values++;
                    if (depth > MaxDepth)
                    {
                        return At(YamlBreach.TooDeep, $"objects and lists are nested more than {MaxDepth} levels deep");
                    }

                    break;
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
                case Scalar scalar:
                    values++;
                    if (scalar.Value.Length > MaxStringLength)
                    {
                        return At(YamlBreach.StringTooLong, $"a string of {scalar.Value.Length} characters; at most {MaxStringLength} are accepted");
                    }

                    break;
                default:
                    break;
            }

            if (values > MaxValues)
            {
                return At(YamlBreach.TooManyValues, $"more than {MaxValues} values");
            }
        }

        return null;
    }
}
