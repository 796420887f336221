using System.Collections.Immutable;
using System.Globalization;
using Alkboard.Core.Genomics;
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

                if (!_citations.TryAdd(row.Id, new Citation(row.Id, row.Pmid, row.Doi, row.Url, kind, row.Title)))
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

                CheckCitations("genes.yaml", $"gene {row.Symbol}", row.Citations, required: true);
                var names = row.OtherNames.Select(n => n.Name ?? string.Empty).Where(n => n.Length > 0).ToImmutableArray();
                _genes.Add(new GeneEntry(row.Symbol, row.Role, row.FusionKinase, names, [.. row.Citations], "genes.yaml"));
                _catalog.Add(row.Symbol, names, row.FusionKinase);
            }
        }

        private DrugFact? Fact(FactRow? row, string drug, string field)
        {
            if (row is null)
            {
                return null;
            }

            CheckCitations("drugs.yaml", $"{drug}.{field}", row.Citations, required: true);
            var value = row.Value switch
            {
                null => row.Term ?? string.Empty,
                List<object> list => string.Join(", ", list),
                _ => Convert.ToString(row.Value, CultureInfo.InvariantCulture) ?? string.Empty,
            };
            return new DrugFact(value, [.. row.Citations], row.Note, row.LifeThreatening);
        }

        private void LoadDrugs(List<DrugRow> rows)
        {
            foreach (var row in rows)
            {
                if (string.IsNullOrWhiteSpace(row.Name) || string.IsNullOrWhiteSpace(row.Class))
                {
                    Problem(KnowledgeErrorCodes.Missing, "drugs.yaml", 0, $"drug '{row.Name}' needs a name and a class");
                    continue;
                }

                var name = row.Name.ToLowerInvariant();
                var drug = new Drug(name, row.Class, Fact(row.Generation, name, "generation"), Fact(row.Targets, name, "targets"), Fact(row.CnsActivity, name, "cnsActivity"),
                    Fact(row.AdultDose, name, "adultDose"), Fact(row.PediatricDose, name, "pediatricDose"),
                    [.. row.DoseReductions.Select(f => Fact(f, name, "doseReductions")!)], [.. row.Toxicities.Select(f => Fact(f, name, "toxicities")!)]);
                if (!_drugs.TryAdd(name, drug))
                {
                    Problem(KnowledgeErrorCodes.Duplicate, "drugs.yaml", 0, $"drug '{name}' is defined twice");
                }
            }
        }

        private void ImportCivic(SourceFile source)
        {
            var file = source.File ?? string.Empty;
            var path = Path.Combine(directory, file);
            if (!File.Exists(path))
            {
                Problem(KnowledgeErrorCodes.Unreadable, "release.yaml", 0, $"source file '{file}' not found");
                return;
            }

            IReadOnlyList<CivicItem> items;
            try
            {
                items = source.Format switch
                {
                    "civic_graphql_json" => CivicReader.ReadJson(File.ReadAllText(path)),
                    "civic_evidence_tsv" => CivicReader.ReadTsv(File.ReadAllText(path)),
                    _ => throw new FormatException($"unknown source format '{source.Format}'; expected civic_graphql_json or civic_evidence_tsv"),
                };
            }
            catch (Exception ex) when (ex is FormatException or System.Text.Json.JsonException)
            {
                Problem(KnowledgeErrorCodes.Unreadable, file, 0, ex.Message);
                return;
            }

            foreach (var item in items)
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
                    _drugs[drug] = new Drug(drug, "civic_therapy", null, null, null, null, null, [], []);
                }

                foreach (var gene in new[] { statement.Alteration.Gene, statement.Alteration.FivePrimePartner }.OfType<string>().Where(g => _catalog.Resolve(g).Count == 0))
                {
                    _genes.Add(new GeneEntry(gene, "fusion_partner", false, [], [citationId], file));
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
