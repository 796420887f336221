using System.Collections.Immutable;

namespace Alkboard.Core.Cases.Loading;

internal static partial class CaseBinder
{
    private static MolecularTest? BindTest(ObjectReader r, int index, CaseItemPaths paths)
    {
        var specimenReader = r.Object("specimen", CaseFields.Specimen);
        var specimen = specimenReader is null
            ? new Specimen(SpecimenKind.Unknown, null)
            : new Specimen(specimenReader.Choice<SpecimenKind>("type") ?? SpecimenKind.Unknown, specimenReader.String("site"));
        var results = ImmutableArray.CreateBuilder<MolecularResult>();
        foreach (var (node, path) in r.List("results"))
        {
            var result = BindResult(r.Context, node, path);
            if (result is not null)
            {
                paths.Add(result, path);
                results.Add(result);
            }
        }

        return new MolecularTest(
            r.String("id") ?? $"mt{index}",
            r.Date("date"),
            r.Int("line", 1, 99),
            specimen,
            r.Choice<TestMethod>("method") ?? TestMethod.Unspecified,
            r.String("lab"),
            r.String("panel"),
            r.Choice<TestStatus>("status") ?? TestStatus.Reported,
            results.ToImmutable(),
            r.String("note"));
    }

    private static MolecularResult? BindResult(BindingContext context, SourceNode node, string path)
    {
        if (node is not MappingNode mapping)
        {
            context.Error(CaseErrorCodes.WrongType, $"expected an object, found {node.KindName}", context.Locate(node, path));
            return null;
        }

        var kindEntry = mapping.Entries.FirstOrDefault(e => e.Key == "kind");
        if (kindEntry?.Value is not ScalarNode { Kind: ScalarKind.Text } kindNode)
        {
            context.Error(CaseErrorCodes.MissingField, $"'kind' is required here: one of {string.Join(", ", CaseFields.Results.Keys)}", context.Locate(node, path + ".kind"));
            return null;
        }

        if (!CaseFields.Results.TryGetValue(kindNode.Text.Trim(), out var fields))
        {
            var hint = NearestName.Suggest(kindNode.Text, CaseFields.Results.Keys);
            context.Error(CaseErrorCodes.InvalidChoice,
                $"'{kindNode.Text}' is not a result kind; expected one of: {string.Join(", ", CaseFields.Results.Keys)}" + (hint is null ? string.Empty : $" (did you mean '{hint}'?)"),
                context.Locate(kindNode, path + ".kind"));
            return null;
        }

        var r = new ObjectReader(context, mapping, path, fields);
        context.Remember(path, node.Line, node.Column);
        var before = context.Errors.Count;
        MolecularResult? result = kindNode.Text.Trim() switch
        {
            "variant" => new SequenceVariant(Gene(r, "gene")!, Hgvs(r, "hgvsP", "p."), Hgvs(r, "hgvsC", "c."), (double?)r.Decimal("vaf", 0, 1), r.String("note")),
            "fusion" => new FusionCall(r.Has("fivePrime") ? Gene(r, "fivePrime") : null, Gene(r, "threePrime")!, r.String("fivePrimeExons"), r.String("threePrimeExons"),
                r.String("fivePrimeTranscript"), r.String("threePrimeTranscript"), r.String("breakpoint"), r.Bool("inFrame"), r.String("note"))
            {
                OrientationInferred = r.Bool("orientationInferred") ?? false,
            },
            "copy_number" => new CopyNumberChange(Gene(r, "gene")!, r.Choice<CopyNumberCall>("call", required: true) ?? CopyNumberCall.Gain,
                (double?)r.Decimal("copies", 0, 1000), r.Bool("focal"), r.String("note")),
            "expression" => new ExpressionChange(Gene(r, "gene")!, r.Choice<ExpressionDirection>("direction", required: true) ?? ExpressionDirection.Up,
                r.String("comparedTo"), r.String("note")),
            "ihc" => new IhcResult(r.String("marker", required: true)!, r.String("clone"), r.Choice<IhcOutcome>("result", required: true) ?? IhcOutcome.Equivocal,
                r.String("pattern"), r.String("note")),
            _ => new NegativeResult(GeneList(r, "genes"), r.String("scope"), r.String("note")),
        };

        if (result is SequenceVariant { HgvsProtein: null, HgvsCdna: null } && context.Errors.Count == before)
        {
            context.Error(CaseErrorCodes.MissingField, "a variant needs 'hgvsP' or 'hgvsC'", r.LocationOf("hgvsP"));
        }

        if (result is SequenceVariant or FusionCall or CopyNumberChange && r.Object("provenance", CaseFields.Provenance) is { } p)
        {
            var provenance = new ResultProvenance(p.String("file", required: true) ?? string.Empty, p.String("sha256", required: true) ?? string.Empty,
                p.String("caller"), p.String("callerVersion"), p.String("genomeBuild"), p.String("sample"), p.Int("line", 1, int.MaxValue, required: true) ?? 0);
            result = result with { Provenance = provenance };
        }

        return context.Errors.Count == before ? result : null;
    }

    private static GeneSymbol? Gene(ObjectReader r, string field)
    {
        var text = r.String(field, required: true);
        if (text is not null && !GeneSymbol.TryParse(text, out var symbol))
        {
            r.Context.Error(CaseErrorCodes.InvalidGeneSymbol, $"'{text}' is not written as an HGNC gene symbol (upper-case letters and digits, e.g. ALK, CARS1, PTPN1)", r.LocationOf(field));
            return null;
        }

        return text is null ? null : GeneSymbol.Of(text);
    }

    private static ImmutableArray<string> GeneList(ObjectReader r, string field)
    {
        var genes = r.Strings(field);
        for (var i = 0; i < genes.Length; i++)
        {
            if (!GeneSymbol.IsWellFormed(genes[i]))
            {
                r.Context.Error(CaseErrorCodes.InvalidGeneSymbol, $"'{genes[i]}' is not written as an HGNC gene symbol", r.Context.LocationOf($"{r.Child(field)}[{i}]"));
            }
        }

        return genes;
    }

    private static string? Hgvs(ObjectReader r, string field, string prefix)
    {
        var text = r.String(field);
        if (text is not null && (!text.StartsWith(prefix, StringComparison.Ordinal) || text.Length == prefix.Length))
        {
            r.Context.Error(CaseErrorCodes.InvalidHgvs, $"'{text}' must be an HGVS {(prefix == "p." ? "protein" : "coding DNA")} change starting with '{prefix}'", r.LocationOf(field));
            return null;
        }

        return text;
    }

}
