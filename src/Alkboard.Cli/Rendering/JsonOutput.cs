using Alkboard.Contracts;

namespace Alkboard.Cli.Rendering;

/// <summary>Writes a JSON contract (src/Alkboard.Contracts) through the one source-generated context, one value per output.</summary>
internal static class JsonOutput
{
    public static void Write<T>(TextWriter writer, T value)
    {
        writer.WriteLine(AlkboardJson.Serialize(value));
    }
}
