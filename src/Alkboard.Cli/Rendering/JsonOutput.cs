using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Alkboard.Core.Recist;

namespace Alkboard.Cli.Rendering;

/// <summary>The one JSON style of every command: camelCase, indented, nulls kept, no escaping of readable characters.</summary>
internal static class JsonOutput
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new ResponseCategoryJsonConverter(), new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static void Write<T>(TextWriter writer, T value)
    {
        writer.WriteLine(JsonSerializer.Serialize(value, Options));
    }
}
