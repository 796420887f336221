using System.Collections.Immutable;
using Alkboard.Core.Cases.Loading;
using Alkboard.Core.Genomics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using static Alkboard.Core.Knowledge.KnowledgeFiles;

using Alkboard.Core.Diagnostics;

namespace Alkboard.Core.Knowledge;

/// <summary>
/// Loads and validates the knowledge base from its folder: schema (unknown fields are errors),
/// references (every drug, gene and citation used is defined), and every statement cited and
/// levelled. CIViC files named in release.yaml are imported; each statement keeps its source file.
/// The knowledge base is returned only when there is no problem.
/// </summary>
public static partial class KnowledgeLoader
{
    /// <summary>The largest knowledge file read (the CIViC snapshot is 0.25 MB; statements.yaml well under 1 MB).</summary>
    public const long MaxFileBytes = 32_000_000;

    /// <summary>Bounds on every knowledge YAML file (issue 14): plain data, no anchors or aliases.</summary>
    private static readonly YamlBounds Bounds = new(MaxDepth: 32, MaxValues: 2_000_000, MaxStringLength: 100_000);

    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    /// <summary>Loads the knowledge base in <paramref name="directory"/>.</summary>
    public static (KnowledgeBase? KnowledgeBase, IReadOnlyList<Diagnostic> Problems) Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var builder = new Builder(directory);
        var kb = builder.Build();
        return (builder.Problems.Count == 0 ? kb with { ContentDigest = KnowledgeReleases.ContentDigest(directory) } : null, builder.Problems);
    }

    /// <summary>Finds the knowledge folder: ALKBOARD_KNOWLEDGE if set, else "knowledge" beside the program or in a folder above it.</summary>
    public static string? Locate(string startDirectory, string? overridePath)
    {
        if (!string.IsNullOrEmpty(overridePath))
        {
            return overridePath;
        }

        for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "knowledge");
            if (File.Exists(Path.Combine(candidate, "release.yaml")))
            {
                return candidate;
            }
        }

        return null;
    }

    private sealed partial class Builder(string directory)
    {
        public List<Diagnostic> Problems { get; } = [];

        private readonly Dictionary<string, Citation> _citations = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _citationByPmid = new(StringComparer.Ordinal);
        private readonly List<GeneEntry> _genes = [];
        private readonly GeneCatalog _catalog = new();
        private readonly Dictionary<string, Drug> _drugs = new(StringComparer.Ordinal);
        private readonly List<Statement> _statements = [];
        private readonly List<string> _notImported = [];

        private void Problem(string code, string file, int line, string message) => Problems.Add(new Diagnostic(code, message, new SourceLocation(Path.Combine(directory, file), line, 0, string.Empty)));

        private T? Read<T>(string file) where T : class
        {
            var path = Path.Combine(directory, file);
            if (!File.Exists(path))
            {
                Problem(KnowledgeErrorCodes.Unreadable, file, 0, "file not found");
                return null;
            }

            if (new FileInfo(path).Length > MaxFileBytes)
            {
                Problem(KnowledgeErrorCodes.FileTooLarge, file, 0, $"{new FileInfo(path).Length:N0} bytes; a knowledge file holds at most {MaxFileBytes:N0}");
                return null;
            }

            try
            {
                var text = File.ReadAllText(path);
                if (Bounds.FirstViolation(text) is { } v)
                {
                    Problem(KnowledgeErrorCodes.OutOfBounds, file, v.Line, v.Message);
                    return null;
                }

                return Yaml.Deserialize<T>(text);
            }
            catch (YamlException ex)
            {
                var message = (ex.InnerException?.Message ?? ex.Message).Trim();
                Problem(KnowledgeErrorCodes.Unreadable, file, (int)ex.Start.Line, message);
                return null;
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
            {
                // YamlDotNet throws these instead of a YamlException on a tag it cannot read, e.g.
                // "!!]c]c", and on some truncated flow collections (both found by afl-fuzz); they
                // carry no position.
                Problem(KnowledgeErrorCodes.Unreadable, file, 0, "malformed YAML: " + ex.Message);
                return null;
            }
        }

        public KnowledgeBase Build()
        {
            var release = Read<ReleaseFile>("release.yaml") ?? new ReleaseFile();
            if (string.IsNullOrWhiteSpace(release.Release) || string.IsNullOrWhiteSpace(release.Date))
            {
                Problem(KnowledgeErrorCodes.Missing, "release.yaml", 0, "release and date are required");
            }

            LoadCitations(Read<List<CitationRow>>("citations.yaml") ?? []);
            LoadGenes(Read<List<GeneRow>>("genes.yaml") ?? []);
            var tumorTypes = (Read<List<TumorTypeRow>>("tumor-types.yaml") ?? [])
                .Select(t => new TumorType(t.Code ?? string.Empty, t.Name ?? string.Empty, t.Family ?? t.Code ?? string.Empty, [.. t.Names], t.Agnostic))
                .ToImmutableArray();
            LoadDrugs(Read<List<DrugRow>>("drugs.yaml") ?? [], "drugs.yaml");
            LoadDrugs(Read<List<DrugRow>>("agents.yaml") ?? [], "agents.yaml");
            foreach (var source in release.Sources)
            {
                ImportCivic(source);
            }

            LoadStatements(Read<List<StatementRow>>("statements.yaml") ?? [], tumorTypes);
            var approvals = LoadApprovals(Read<List<ApprovalRow>>("approvals.yaml") ?? []);
            var trials = LoadTrials(Read<List<TrialRow>>("trials.yaml") ?? []);
            var (risks, labelRules) = LoadLabelRules(Read<LabelRulesFile>("label-rules.yaml") ?? new LabelRulesFile());
            var hotspots = LoadHotspots(Read<List<HotspotRow>>("alk-hotspots.yaml") ?? []);
            foreach (var change in _statements.SelectMany(s => s.Alteration.Changes.Select(c => (s.Alteration.Gene, c))))
            {
                _catalog.AddKnownResidue(change.Gene, change.c.Reference, change.c.Position);
            }

            var regions = LoadGeneRegions(Read<GeneRegionsFile>("gene-regions.yaml") ?? new GeneRegionsFile(), hotspots);
            return new KnowledgeBase(
                release.Release ?? string.Empty,
                release.Date ?? string.Empty,
                [.. _genes],
                _catalog,
                tumorTypes,
                _drugs.ToImmutableDictionary(StringComparer.Ordinal),
                approvals,
                _citations.ToImmutableDictionary(StringComparer.Ordinal),
                [.. _statements],
                [.. _notImported],
                BuildVocabulary(release.Release ?? string.Empty),
                trials,
                risks,
                labelRules,
                hotspots)
            {
                Regions = regions,
            };
        }
    }
}
