using System.Collections.Immutable;
using System.Globalization;
using Alkboard.Core.Cases;
using static Alkboard.Core.Knowledge.KnowledgeFiles;

namespace Alkboard.Core.Knowledge;

public static partial class KnowledgeLoader
{
    private sealed partial class Builder
    {
        private static readonly string[] UrlKinds = ["regulatory", "guideline", "news", "article_without_identifier"];

        private void LoadCitations(List<CitationRow> rows)
        {
            foreach (var row in rows)
            {
                if (string.IsNullOrWhiteSpace(row.Id) || string.IsNullOrWhiteSpace(row.Title))
                {
                    Problem(KnowledgeErrorCodes.Missing, "citations.yaml", 0, $"citation '{row.Id}' needs an id and a title");
                    continue;
                }

                var kind = row.Kind ?? "article";
                if (row.Pmid is null && row.Doi is null && (row.Url is null || !UrlKinds.Contains(kind)))
                {
                    Problem(KnowledgeErrorCodes.CitationWithoutIdentifier, "citations.yaml", 0,
                        $"citation '{row.Id}' has no PMID or DOI; a URL alone is allowed only for kinds {string.Join(", ", UrlKinds)}");
                    continue;
                }

                if (!_citations.TryAdd(row.Id, new Citation(row.Id, row.Pmid, row.Doi, row.Url, kind, row.Title, row.Design)))
                {
                    Problem(KnowledgeErrorCodes.Duplicate, "citations.yaml", 0, $"citation id '{row.Id}' is defined twice");
                }
                else if (row.Pmid is not null)
                {
                    _citationByPmid.TryAdd(row.Pmid, row.Id);
                }
            }
        }

        private void CheckCitations(string file, string what, List<string> ids, bool required)
        {
            if (required && ids.Count == 0)
            {
                Problem(KnowledgeErrorCodes.Uncited, file, 0, $"{what} has no citation");
            }

            foreach (var id in ids.Where(id => !_citations.ContainsKey(id)))
            {
                Problem(KnowledgeErrorCodes.UnknownCitation, file, 0, $"{what} cites '{id}', which citations.yaml does not define");
            }
        }

        private void LoadGenes(List<GeneRow> rows)
        {
            foreach (var row in rows)
            {
                if (string.IsNullOrWhiteSpace(row.Symbol) || string.IsNullOrWhiteSpace(row.Role))
                {
                    Problem(KnowledgeErrorCodes.Missing, "genes.yaml", 0, $"gene '{row.Symbol}' needs a symbol and a role");
                    continue;
                }

                if (GeneRoles.Parse(row.Role) is not { } role)
                {
                    Problem(KnowledgeErrorCodes.InvalidValue, "genes.yaml", 0, $"gene '{row.Symbol}': role '{row.Role}' is not one of kinase_driver, fusion_partner, co_alteration, bypass");
                    continue;
                }

                CheckCitations("genes.yaml", $"gene {row.Symbol}", row.Citations, required: true);
                var names = row.OtherNames.Select(n => n.Name ?? string.Empty).Where(n => n.Length > 0).ToImmutableArray();
                _genes.Add(new GeneEntry(row.Symbol, role, row.FusionKinase, names, [.. row.Citations], "genes.yaml"));
                _catalog.Add(row.Symbol, names, row.FusionKinase);
                foreach (var transcript in row.Transcripts)
                {
                    _catalog.AddTranscript(transcript, row.Symbol);
                }
            }
        }

        private DrugFact? Fact(FactRow? row, string drug, string field)
        {
            if (row is null)
            {
                return null;
            }

            CheckCitations("drugs.yaml", $"{drug}.{field}", row.Citations, required: true);
            if (field is "adultDose" or "pediatricDose" or "doseReductions"
                && !row.Citations.Any(id => _citations.TryGetValue(id, out var c) && (c.Kind == "regulatory" || c.Design == "trial")))
            {
                Problem(KnowledgeErrorCodes.DoseWithoutRegulatorySource, "drugs.yaml", 0, $"{drug}.{field}: a dose needs a regulatory (label) or trial source; it cites only {string.Join(", ", row.Citations)}");
            }

            var value = row.Value switch
            {
                null => row.Term ?? string.Empty,
                List<object> list => string.Join(", ", list),
                _ => Convert.ToString(row.Value, CultureInfo.InvariantCulture) ?? string.Empty,
            };
            return new DrugFact(value, [.. row.Citations], row.Note, row.LifeThreatening);
        }

        private static readonly string[] AliasKinds = ["brand", "code", "spelling"];

        private void LoadDrugs(List<DrugRow> rows, string file)
        {
            foreach (var row in rows)
            {
                if (string.IsNullOrWhiteSpace(row.Name) || string.IsNullOrWhiteSpace(row.Class))
                {
                    Problem(KnowledgeErrorCodes.Missing, file, 0, $"drug '{row.Name}' needs a name and a class");
                    continue;
                }

                var name = row.Name.Trim().ToLowerInvariant();
                if (row.Kind is not (null or "drug" or "class"))
                {
                    Problem(KnowledgeErrorCodes.Missing, file, 0, $"{name}: kind '{row.Kind}' is neither drug nor class");
                }

                var isClass = row.Kind == "class";
                if (isClass && row.Class == "alk_inhibitor")
                {
                    Problem(KnowledgeErrorCodes.Missing, file, 0, $"{name}: a class entry is never an ALK inhibitor; name the drug");
                }

                CheckCitations(file, name, row.Citations, required: file != "drugs.yaml");
                var aliases = new List<DrugAlias>();
                foreach (var alias in row.Names)
                {
                    if (string.IsNullOrWhiteSpace(alias.Name) || !AliasKinds.Contains(alias.Kind))
                    {
                        Problem(KnowledgeErrorCodes.Missing, file, 0, $"{name}: every other name needs a name and a kind ({string.Join(", ", AliasKinds)})");
                        continue;
                    }

                    CheckCitations(file, $"{name} name '{alias.Name}'", alias.Citations, required: true);
                    aliases.Add(new DrugAlias(alias.Name.Trim(), alias.Kind!, alias.Region, [.. alias.Citations]));
                }

                var drug = new Drug(name, row.Class, Fact(row.Generation, name, "generation"), Fact(row.Targets, name, "targets"), Fact(row.CnsActivity, name, "cnsActivity"),
                    Fact(row.AdultDose, name, "adultDose"), Fact(row.PediatricDose, name, "pediatricDose"),
                    [.. row.DoseReductions.Select(f => Fact(f, name, "doseReductions")!)], [.. row.Toxicities.Select(f => Fact(f, name, "toxicities")!)],
                    [.. aliases], isClass, [.. row.Citations]);
                if (!_drugs.TryAdd(name, drug))
                {
                    Problem(KnowledgeErrorCodes.Duplicate, file, 0, $"drug '{name}' is defined twice");
                }
            }
        }

        /// <summary>The case vocabulary: every curated drug and agent with its other names; one spelling names one agent.</summary>
        private DrugVocabulary BuildVocabulary(string release)
        {
            var entries = new List<(string Spelling, DrugName Drug)>();
            var owner = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var drug in _drugs.Values.Where(d => !d.IsCivicTherapy))
            {
                foreach (var spelling in drug.Aliases.Select(a => a.Name).Prepend(drug.Name))
                {
                    if (owner.TryGetValue(spelling, out var other))
                    {
                        if (other != drug.Name)
                        {
                            Problem(KnowledgeErrorCodes.Duplicate, "drugs.yaml", 0, $"the name '{spelling}' is given to both {other} and {drug.Name}");
                        }

                        continue;
                    }

                    owner[spelling] = drug.Name;
                    entries.Add((spelling, DrugName.Of(drug.Name)));
                }
            }

            return new DrugVocabulary(release, entries, _drugs.Values.Where(d => d.IsAlkInhibitor).Select(d => DrugName.Of(d.Name)));
        }

        private void ImportCivic(SourceFile source)
        {
            var file = source.File ?? string.Empty;
            var path = Path.Combine(directory, file);
            // A knowledge base is self-contained: a source outside its folder would not be in a
            // published release's manifest, so the release could change without its digest changing.
            var root = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            if (Path.IsPathRooted(file) || !Path.GetFullPath(path).StartsWith(root, StringComparison.Ordinal))
            {
                Problem(KnowledgeErrorCodes.InvalidValue, "release.yaml", 0, $"source file '{file}' is outside the knowledge folder; give a path inside it (e.g. sources/civic/...)");
                return;
            }

            if (!File.Exists(path))
            {
                Problem(KnowledgeErrorCodes.Unreadable, "release.yaml", 0, $"source file '{file}' not found");
                return;
            }

            if (new FileInfo(path).Length > MaxFileBytes)
            {
                Problem(KnowledgeErrorCodes.FileTooLarge, file, 0, $"{new FileInfo(path).Length:N0} bytes; a knowledge file holds at most {MaxFileBytes:N0}");
                return;
            }

            CivicReadResult read;
            switch (source.Format)
            {
                case "civic_graphql_json":
                    read = CivicReader.ReadJson(File.ReadAllText(path), path);
                    break;
                case "civic_evidence_tsv":
                    read = CivicReader.ReadTsv(File.ReadAllText(path), path);
                    break;
                default:
                    Problem(KnowledgeErrorCodes.InvalidValue, "release.yaml", 0, $"source '{file}': unknown format '{source.Format}'; expected civic_graphql_json or civic_evidence_tsv");
                    return;
            }

            if (!read.Success)
            {
                Problems.AddRange(read.Diagnostics);
                return;
            }

            foreach (var item in read.Items)
            {
                var citationId = CivicCitation(item);
                var (statement, reason) = CivicMapping.ToStatement(item, file, citationId ?? string.Empty);
                if (statement is null || citationId is null)
                {
                    _notImported.Add(reason ?? $"EID {item.EvidenceId}: no PubMed source");
                    continue;
                }

                foreach (var drug in statement.Drugs.Where(d => !_drugs.ContainsKey(d)))
                {
                    _drugs[drug] = new Drug(drug, Drug.CivicTherapyClass, null, null, null, null, null, [], [], [], false, []);
                }

                foreach (var gene in new[] { statement.Alteration.Gene, statement.Alteration.FivePrimePartner }.OfType<string>().Where(g => _catalog.Resolve(g).Count == 0))
                {
                    _genes.Add(new GeneEntry(gene, GeneRole.FusionPartner, false, [], [citationId], file));
                    _catalog.Add(gene, [], false);
                }

                _statements.Add(statement);
            }
        }

        private string? CivicCitation(CivicItem item)
        {
            if (item.Pmid is null)
            {
                return null;
            }

            if (_citationByPmid.TryGetValue(item.Pmid, out var existing))
            {
                return existing;
            }

            var id = $"PMID:{item.Pmid}";
            _citations[id] = new Citation(id, item.Pmid, null, null, "article", $"{item.Title}{(item.Year is { } y ? $" ({y})" : string.Empty)}");
            _citationByPmid[item.Pmid] = id;
            return id;
        }
    }
}