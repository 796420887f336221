using System.Collections.Concurrent;
using System.Text;

namespace Alkboard.Core.Cases;

/// <summary>
/// The words case files use for enumerations: the member name in snake_case
/// (<c>LocallyAdvanced</c> is <c>locally_advanced</c>). Reading is case-insensitive, so "PR",
/// "pr", "R0" and "r0" are all accepted.
/// </summary>
public static class CaseWords
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<(string Word, object Value)>> Cache = new();

    /// <summary>The file word of an enumeration value.</summary>
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum => ToSnake(value.ToString());

    /// <summary>Every file word of an enumeration, in declaration order.</summary>
    public static IReadOnlyList<string> All<TEnum>() where TEnum : struct, Enum =>
        [.. Table(typeof(TEnum)).Select(row => row.Word)];

    /// <summary>The value a word names, or null.</summary>
    public static TEnum? Parse<TEnum>(string word) where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(word);
        var wanted = word.Trim().Replace('-', '_').Replace(' ', '_');
        foreach (var (candidate, value) in Table(typeof(TEnum)))
        {
            if (string.Equals(candidate, wanted, StringComparison.OrdinalIgnoreCase))
            {
                return (TEnum)value;
            }
        }

        return null;
    }

    private static IReadOnlyList<(string Word, object Value)> Table(Type type) =>
        Cache.GetOrAdd(type, t => [.. Enum.GetValues(t).Cast<object>().Select(v => (ToSnake(v.ToString()!), v))]);

    private static string ToSnake(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1])))
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
