namespace Alkboard.Reports;

/// <summary>An output file could not be written (a path through a file, no permission, a full disk): exit 1 with the path and the reason; nothing partial is left.</summary>
public sealed class OutputWriteException(string message, Exception inner) : Exception(message, inner);
