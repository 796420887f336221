using System.CommandLine;
using Alkboard.Cli.Rendering;
using Alkboard.Core.Knowledge;

namespace Alkboard.Cli.Commands;

/// <summary><c>alkboard kb info</c> and <c>alkboard kb validate</c>.</summary>
internal static class KnowledgeCommand
{
    public static Command Create(CommandContext context)
    {
        var kb = new Command("kb", "The knowledge base: release, contents, validation");
        var infoFormat = AlkboardApp.FormatOption();
        var info = new Command("info", "Release and counts by kind and by source file") { infoFormat };
        info.SetAction(parse => Info(context, AlkboardApp.ParseFormat(parse.GetValue(infoFormat))));
        var validateFormat = AlkboardApp.FormatOption();
        var validate = new Command("validate", "Check schema, references and citations of every knowledge file") { validateFormat };
        validate.SetAction(parse => Validate(context, AlkboardApp.ParseFormat(parse.GetValue(validateFormat))));
        kb.Subcommands.Add(info);
        kb.Subcommands.Add(validate);
        return kb;
    }

    private static object Summary(KnowledgeBase kb) => new
    {
        release = kb.Release,
        date = kb.ReleaseDate,
        genes = kb.Genes.Length,
        drugs = kb.Drugs.Count,
        approvals = kb.Approvals.Length,
        citations = kb.Citations.Count,
        statements = kb.Statements.Length,
        statementsBySource = kb.Statements.GroupBy(s => s.SourceFile).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
        statementsByLevel = kb.Statements.GroupBy(s => EvidenceLevels.Code(s.Level)).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
        statementsByKind = kb.Statements.GroupBy(s => Commands.InterpretCommand.KindWord(s.Alteration.Kind)).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
        notImported = kb.NotImported,
    };

    private static int Info(CommandContext context, OutputFormat format)
    {
        if (context.Knowledge() is not { } kb)
        {
            return ExitCodes.InvalidInput;
        }

        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(context.Out, Summary(kb));
            return ExitCodes.Ok;
        }

        var o = context.Out;
        o.WriteLine($"Knowledge base release {kb.Release} ({kb.ReleaseDate})");
        o.WriteLine($"Genes {kb.Genes.Length}, drugs {kb.Drugs.Count}, approvals {kb.Approvals.Length}, citations {kb.Citations.Count}, statements {kb.Statements.Length}");
        foreach (var group in kb.Statements.GroupBy(s => s.SourceFile).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            o.WriteLine($"  {group.Count(),4} statements from {group.Key}");
        }

        o.WriteLine("By level: " + string.Join(", ", kb.Statements.GroupBy(s => EvidenceLevels.Code(s.Level)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")));
        o.WriteLine("By kind: " + string.Join(", ", kb.Statements.GroupBy(s => Commands.InterpretCommand.KindWord(s.Alteration.Kind)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")));
        o.WriteLine($"CIViC items not imported: {kb.NotImported.Length}");
        foreach (var reason in kb.NotImported)
        {
            o.WriteLine("  " + reason);
        }

        return ExitCodes.Ok;
    }

    private static int Validate(CommandContext context, OutputFormat format)
    {
        var folder = KnowledgeSource.Folder;
        var (kb, problems) = folder is null ? (null, []) : KnowledgeLoader.Load(folder);
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(context.Out, new { folder, valid = kb is not null, release = kb?.Release, problems = problems.Select(p => new { code = p.Code, file = Path.GetRelativePath(folder!, p.Location.File), line = p.Location.Line > 0 ? p.Location.Line : (int?)null, message = p.Message }) });
        }
        else if (kb is not null)
        {
            context.Out.WriteLine($"knowledge base {kb.Release} is valid: {kb.Statements.Length} statements, every one cited and levelled; every drug, gene and citation defined");
        }
        else
        {
            foreach (var p in problems)
            {
                context.Out.WriteLine(p.ToString());
            }

            context.Out.WriteLine(folder is null ? "no knowledge folder found" : $"knowledge base invalid: {problems.Count} problem(s)");
        }

        return kb is null ? ExitCodes.InvalidInput : ExitCodes.Ok;
    }
}
