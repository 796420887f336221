namespace Alkboard.Core.Cases.Loading;

/// <summary>
/// The bounds every case file is read within (issue 14): far above any real case history, low
/// enough that a crafted file is refused quickly with a located error instead of exhausting time,
/// memory or the stack. File size is <see cref="CaseLoader.MaxFileBytes"/>.
/// </summary>
public static class CaseLimits
{
    /// <summary>Nesting of objects and lists (a case file needs about 6).</summary>
    public const int MaxDepth = 64;

    /// <summary>Values (scalars, objects, lists) in one file.</summary>
    public const int MaxValues = 200_000;

    /// <summary>Characters in one string.</summary>
    public const int MaxStringLength = 100_000;
}
