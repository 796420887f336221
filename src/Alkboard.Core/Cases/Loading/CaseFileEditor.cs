using System.Globalization;
using System.Text;
using System.Text.Json;
using Alkboard.Core.Diagnostics;

namespace Alkboard.Core.Cases.Loading;

/// <summary>
/// Writes a case file (JSON or YAML) back out as JSON with molecular tests appended, keeping every
/// other field exactly as the clinician wrote it (order, text, numbers). It edits the parsed
/// document rather than re-serialising the <see cref="PatientCase"/> model, so nothing the model
/// does not hold is lost. The caller checks the result with <see cref="CaseLoader"/>.
/// </summary>
public static class CaseFileEditor
{
    /// <summary>The case content as indented JSON with <paramref name="tests"/> appended to <c>molecularTests</c>; errors when the content does not parse.</summary>
    public static (string? Json, IReadOnlyList<Diagnostic> Errors) AppendMolecularTests(ReadOnlySpan<byte> content, string file, CaseFileFormat format, IReadOnlyList<MolecularTest> tests)
    {
        ArgumentNullException.ThrowIfNull(tests);
        if (content.StartsWith(Encoding.UTF8.Preamble))
        {
            content = content[Encoding.UTF8.Preamble.Length..];
        }

        var errors = new List<Diagnostic>();
        var root = format == CaseFileFormat.Json
            ? JsonSourceReader.Read(content, file, errors)
            : YamlSourceReader.Read(Encoding.UTF8.GetString(content), file, errors);
        if (errors.Any(e => e.IsError) || root is not MappingNode mapping)
        {
            return (null, errors.Count > 0 ? errors : [new Diagnostic(CaseErrorCodes.WrongType, "the case is not an object", new SourceLocation(file, 1, 1, "$"))]);
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            var written = false;
            foreach (var entry in mapping.Entries)
            {
                writer.WritePropertyName(entry.Key);
                if (entry.Key == "molecularTests" && entry.Value is SequenceNode existing)
                {
                    writer.WriteStartArray();
                    foreach (var item in existing.Items)
                    {
                        Write(writer, item);
                    }

                    WriteTests(writer, tests);
                    writer.WriteEndArray();
                    written = true;
                }
                else
                {
                    Write(writer, entry.Value);
                }
            }

            if (!written)
            {
                writer.WritePropertyName("molecularTests");
                writer.WriteStartArray();
                WriteTests(writer, tests);
                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return (Encoding.UTF8.GetString(buffer.ToArray()) + "\n", []);
    }

    private static void Write(Utf8JsonWriter writer, SourceNode node)
    {
        switch (node)
        {
            case MappingNode m:
                writer.WriteStartObject();
                foreach (var entry in m.Entries)
                {
                    writer.WritePropertyName(entry.Key);
                    Write(writer, entry.Value);
                }

                writer.WriteEndObject();
                break;
            case SequenceNode s:
                writer.WriteStartArray();
                foreach (var item in s.Items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case ScalarNode { Kind: ScalarKind.Number } n when decimal.TryParse(n.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d):
                writer.WriteNumberValue(d);
                break;
            case ScalarNode { Kind: ScalarKind.Number } n:
                writer.WriteNumberValue(double.Parse(n.Text, NumberStyles.Float, CultureInfo.InvariantCulture));
                break;
            case ScalarNode { Kind: ScalarKind.Boolean } b:
                writer.WriteBooleanValue(b.Text.Trim().Equals("true", StringComparison.OrdinalIgnoreCase));
                break;
            case ScalarNode { Kind: ScalarKind.Null }:
                writer.WriteNullValue();
                break;
            case ScalarNode t:
                writer.WriteStringValue(t.Text);
                break;
        }
    }

    private static void WriteTests(Utf8JsonWriter writer, IReadOnlyList<MolecularTest> tests)
    {
        foreach (var test in tests)
        {
            writer.WriteStartObject();
            writer.WriteString("id", test.Id);
            Optional(writer, "date", test.Date?.Text);
            if (test.Line is { } line)
            {
                writer.WriteNumber("line", line);
            }

            writer.WriteStartObject("specimen");
            writer.WriteString("type", CaseWords.Of(test.Specimen.Kind));
            Optional(writer, "site", test.Specimen.Site);
            writer.WriteEndObject();
            writer.WriteString("method", CaseWords.Of(test.Method));
            Optional(writer, "lab", test.Lab);
            Optional(writer, "panel", test.Panel);
            writer.WriteString("status", CaseWords.Of(test.Status));
            writer.WriteStartArray("results");
            foreach (var result in test.Results)
            {
                WriteResult(writer, result);
            }

            writer.WriteEndArray();
            Optional(writer, "note", test.Note);
            writer.WriteEndObject();
        }
    }

    private static void WriteResult(Utf8JsonWriter writer, MolecularResult result)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", result.Kind);
        switch (result)
        {
            case SequenceVariant v:
                writer.WriteString("gene", v.Gene);
                Optional(writer, "hgvsP", v.HgvsProtein);
                Optional(writer, "hgvsC", v.HgvsCdna);
                if (v.Vaf is { } vaf)
                {
                    writer.WriteNumber("vaf", vaf);
                }

                break;
            case FusionCall f:
                Optional(writer, "fivePrime", f.FivePrimeGene);
                writer.WriteString("threePrime", f.ThreePrimeGene);
                Optional(writer, "fivePrimeExons", f.FivePrimeExons);
                Optional(writer, "threePrimeExons", f.ThreePrimeExons);
                Optional(writer, "fivePrimeTranscript", f.FivePrimeTranscript);
                Optional(writer, "threePrimeTranscript", f.ThreePrimeTranscript);
                Optional(writer, "breakpoint", f.Breakpoint);
                if (f.InFrame is { } inFrame)
                {
                    writer.WriteBoolean("inFrame", inFrame);
                }

                if (f.OrientationInferred)
                {
                    writer.WriteBoolean("orientationInferred", true);
                }

                break;
            case CopyNumberChange c:
                writer.WriteString("gene", c.Gene);
                writer.WriteString("call", CaseWords.Of(c.Call));
                if (c.Copies is { } copies)
                {
                    writer.WriteNumber("copies", copies);
                }

                if (c.Focal is { } focal)
                {
                    writer.WriteBoolean("focal", focal);
                }

                break;
            default:
                throw new ArgumentException($"writing a '{result.Kind}' result is not supported; import yields variants, fusions and copy-number changes only", nameof(result));
        }

        Optional(writer, "note", result.Note);
        if (result.Provenance is { } p)
        {
            writer.WriteStartObject("provenance");
            writer.WriteString("file", p.File);
            writer.WriteString("sha256", p.Sha256);
            Optional(writer, "caller", p.Caller);
            Optional(writer, "callerVersion", p.CallerVersion);
            Optional(writer, "genomeBuild", p.GenomeBuild);
            Optional(writer, "sample", p.Sample);
            writer.WriteNumber("line", p.Line);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
