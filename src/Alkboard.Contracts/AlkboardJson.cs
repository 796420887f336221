using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Alkboard.Contracts;

/// <summary>Serialises a contract through <see cref="AlkboardJsonContext.Wire"/>; only types the context declares can be written.</summary>
public static class AlkboardJson
{
    /// <summary>The contract as JSON text, without a trailing newline.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, TypeInfo<T>());

    /// <summary>The generated metadata of a contract type; throws when the type is not declared on the context.</summary>
    public static JsonTypeInfo<T> TypeInfo<T>() =>
        AlkboardJsonContext.Wire.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
        ?? throw new InvalidOperationException($"{typeof(T)} is not a JSON contract: declare it with [JsonSerializable] on {nameof(AlkboardJsonContext)}");
}
