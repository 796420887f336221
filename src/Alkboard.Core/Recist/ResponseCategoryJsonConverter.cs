using System.Text.Json;
using System.Text.Json.Serialization;
using Alkboard.Core.Cases;

namespace Alkboard.Core.Recist;

/// <summary>Writes response categories as the codes of the JSON contract: CR, PR, SD, PD, NE, NonCR/NonPD.</summary>
public sealed class ResponseCategoryJsonConverter : JsonConverter<ResponseCategory>
{
    /// <summary>The contract's code for a category.</summary>
    public static string Code(ResponseCategory value) => value == ResponseCategory.NonCRNonPD ? "NonCR/NonPD" : value.ToString();

    /// <inheritdoc />
    public override ResponseCategory Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return Enum.GetValues<ResponseCategory>().FirstOrDefault(v => Code(v) == text, ResponseCategory.NE) is var value && Code(value) == text
            ? value
            : throw new JsonException($"'{text}' is not a response code");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ResponseCategory value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Code(value));
    }
}
