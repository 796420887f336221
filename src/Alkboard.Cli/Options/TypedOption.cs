using System.CommandLine;
using System.CommandLine.Parsing;
using Alkboard.Core.Cases;

namespace Alkboard.Cli.Options;

/// <summary>
/// Typed options: a word from a fixed list parsed to an enum value, and a partial date parsed to a
/// <see cref="PartialDate"/>. A bad value is a parse error naming the option and what it accepts
/// (exit 2, before any input is read); commands receive typed values, never strings to check.
/// </summary>
internal static class TypedOption
{
    /// <summary>An option whose value is one of <paramref name="words"/> (matched ignoring case), parsed to its value.</summary>
    public static Option<T> Choice<T>(string name, string description, IReadOnlyList<(string Word, T Value)> words, T defaultValue, params string[] aliases)
        where T : struct, Enum
    {
        var option = new Option<T>(name, aliases)
        {
            Description = description,
            HelpName = string.Join('|', words.Select(w => w.Word)),
            DefaultValueFactory = _ => defaultValue,
            CustomParser = r => Parse(r, name, words),
        };
        option.CompletionSources.Add([.. words.Select(w => w.Word)]);
        return option;
    }

    /// <summary>A partial date (YYYY, YYYY-MM, YYYY-MM-DD); absent gives null. A date that is not one is a parse error with the reason.</summary>
    public static Option<PartialDate?> Date(string name, string description)
    {
        return new Option<PartialDate?>(name)
        {
            Description = description,
            HelpName = "date",
            CustomParser = r =>
            {
                var text = r.Tokens[^1].Value;
                var parsed = PartialDate.Parse(text);
                if (!parsed.Success)
                {
                    r.AddError($"{name}: '{text}' is not a date: {parsed.Message}");
                    return null;
                }

                return parsed.Value;
            },
        };
    }

    /// <summary>The words of an enum's values as <c>(word, value)</c> pairs, from an explicit word function (never the CLR names).</summary>
    public static IReadOnlyList<(string Word, T Value)> Words<T>(IEnumerable<T> values, Func<T, string> word) =>
        [.. values.Select(v => (word(v), v))];

    private static T Parse<T>(ArgumentResult r, string name, IReadOnlyList<(string Word, T Value)> words)
        where T : struct
    {
        var text = r.Tokens[^1].Value;
        foreach (var (word, value) in words)
        {
            if (string.Equals(word, text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        r.AddError($"{name}: '{text}' is not one of {string.Join(", ", words.Select(w => w.Word))}");
        return default;
    }
}
