using System.Runtime.CompilerServices;

namespace Alkboard.Cli.Tests.Support;

/// <summary>
/// Approved-output ("snapshot") checks for what users read. The approved text lives in
/// Snapshots/NAME.verified.txt next to this project; a mismatch writes NAME.received.txt beside it
/// and fails. Set ALKBOARD_ACCEPT_SNAPSHOTS=1 to accept new output after reviewing the diff.
/// Written here because Verify is not available from this project's package mirror.
/// </summary>
internal static class Snapshot
{
    public static void Match(string name, string actual)
    {
        var folder = Path.Combine(Path.GetDirectoryName(ThisFile())!, "..", "Snapshots");
        var verified = Path.GetFullPath(Path.Combine(folder, name + ".verified.txt"));
        var received = Path.ChangeExtension(verified, null).Replace(".verified", ".received", StringComparison.Ordinal) + ".txt";
        var normalized = actual.Replace("\r\n", "\n", StringComparison.Ordinal);

        if (Environment.GetEnvironmentVariable("ALKBOARD_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verified, normalized);
            File.Delete(received);
            return;
        }

        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == normalized)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, normalized);
        var firstDifference = expected is null ? 0 : FirstDifferentLine(expected, normalized);
        throw new Xunit.Sdk.XunitException(expected is null
            ? $"No approved snapshot {verified}; review {received} and accept it with ALKBOARD_ACCEPT_SNAPSHOTS=1."
            : $"Output differs from {verified} at line {firstDifference}; see {received} (diff the two files).");
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;

    private static int FirstDifferentLine(string a, string b)
    {
        var left = a.Split('\n');
        var right = b.Split('\n');
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            if (i >= left.Length || i >= right.Length || left[i] != right[i])
            {
                return i + 1;
            }
        }

        return 0;
    }
}
