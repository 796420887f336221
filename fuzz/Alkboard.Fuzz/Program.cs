using System.Text;
using Alkboard.Core.Cases.Loading;
using Alkboard.Core.Cohorts;
using Alkboard.Core.Genomics;
using Alkboard.Core.Knowledge;
using SharpFuzz;

// One fuzz target per run, chosen by the first argument. An expected error (diagnostics returned,
// every reader returns its diagnostics) is an ordinary outcome; any other exception, a hang
// or a stack overflow ends the process and afl-fuzz records a crash or a hang.
var targets = new[] { "case-yaml", "case-json", "alteration", "csv", "knowledge" };
if (args.Length < 1 || Array.IndexOf(targets, args[0]) < 0)
{
    Console.Error.WriteLine($"usage: Alkboard.Fuzz TARGET [KNOWLEDGE_DIR] [FILE]  (TARGET: {string.Join(", ", targets)})");
    Console.Error.WriteLine("  without FILE, runs under afl-fuzz; with FILE, runs that input once (to reproduce a finding)");
    return 2;
}

var target = args[0];
var knowledge = args.Length > 1 ? args[1] : Path.Combine(AppContext.BaseDirectory, "knowledge");
if (!File.Exists(Path.Combine(knowledge, "release.yaml")))
{
    Console.Error.WriteLine($"no knowledge base in {knowledge}");
    return 2;
}

// Instrumented code may run only inside the fuzzing loop (SharpFuzz's coverage map is set up
// there), so the knowledge base is loaded on the first input, once per fuzzing process.
var kbOnce = new Lazy<KnowledgeBase>(() => KnowledgeLoader.Load(knowledge).KnowledgeBase
    ?? throw new InvalidOperationException($"the knowledge base in {knowledge} does not load"));

// The knowledge target writes the input over one file of a private copy of the knowledge folder.
string? kbCopy = null;
if (target == "knowledge")
{
    kbCopy = Path.Combine(Path.GetTempPath(), $"alkboard-fuzz-kb-{Environment.ProcessId}");
    Directory.CreateDirectory(kbCopy);
    foreach (var file in Directory.GetFiles(knowledge, "*", SearchOption.AllDirectories))
    {
        var to = Path.Combine(kbCopy, Path.GetRelativePath(knowledge, file));
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(file, to, overwrite: true);
    }
}

void One(byte[] data)
{
    var kb = kbOnce.Value;
    switch (target)
    {
        case "case-yaml":
            _ = CaseLoader.LoadBytes(data, "fuzz.yaml", CaseFileFormat.Yaml, kb.Vocabulary);
            break;
        case "case-json":
            _ = CaseLoader.LoadBytes(data, "fuzz.json", CaseFileFormat.Json, kb.Vocabulary);
            break;
        case "alteration":
            _ = AlterationParser.Parse(Encoding.UTF8.GetString(data), kb.Catalog);
            break;
        case "csv":
            _ = SurvivalTableReader.Read(Encoding.UTF8.GetString(data), "time", "status", "group", "stratum");

            break;
        case "knowledge":
            File.WriteAllBytes(Path.Combine(kbCopy!, KnowledgeFuzzFile), data);
            _ = KnowledgeLoader.Load(kbCopy!);
            break;
    }
}

if (args.Length > 2)
{
    // Reproduction runs the uninstrumented build (dotnet run --project fuzz/Alkboard.Fuzz).
    One(File.ReadAllBytes(args[2]));
    Console.WriteLine("no crash");
    return 0;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    One(buffer.ToArray());
});
return 0;

internal static partial class Program
{
    /// <summary>The knowledge file the knowledge target replaces with the input.</summary>
    public const string KnowledgeFuzzFile = "drugs.yaml";
}
