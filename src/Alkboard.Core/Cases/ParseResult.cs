namespace Alkboard.Core.Cases;

/// <summary>
/// The outcome of parsing a value from text: the value, or a stable error code and a message.
/// Parsing bad clinical input is expected and never throws.
/// </summary>
public readonly record struct ParseResult<T>
{
    private readonly T? _value;

    private ParseResult(bool success, T? value, string code, string message)
    {
        Success = success;
        _value = value;
        Code = code;
        Message = message;
    }

    /// <summary>True when parsing succeeded.</summary>
    public bool Success { get; }

    /// <summary>The parsed value.</summary>
    /// <exception cref="InvalidOperationException">Parsing failed.</exception>
    public T Value => Success ? _value! : throw new InvalidOperationException($"No value: {Code} {Message}");

    /// <summary>The stable error code when parsing failed.</summary>
    public string Code { get; }

    /// <summary>What was wrong and what was expected.</summary>
    public string Message { get; }

    /// <summary>A successful result.</summary>
    public static ParseResult<T> Ok(T value) => new(true, value, string.Empty, string.Empty);

    /// <summary>A failed result.</summary>
    public static ParseResult<T> Failure(string code, string message) => new(false, default, code, message);
}
