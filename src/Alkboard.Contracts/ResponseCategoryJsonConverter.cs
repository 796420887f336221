using System.Text.Json;
using System.Text.Json.Serialization;
using Alkboard.Core.Cases;

namespace Alkboard.Contracts;

/// <summary>Writes response categories as the codes of the JSON contract: CR, PR, SD, PD, NE, NonCR/NonPD.</summary>
public sealed class ResponseCategoryJsonConverter : JsonConverter<ResponseCategory>
{
    /// <inheritdoc />
    public override ResponseCategory Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return Enum.GetValues<ResponseCategory>().FirstOrDefault(v => ResponseCategoryCodes.Code(v) == text, ResponseCategory.NE) is var value && ResponseCategoryCodes.Code(value) == text
            ? value
            : throw new JsonException($"'{text}' is not a response code");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ResponseCategory value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(ResponseCategoryCodes.Code(value));
    }
}
