using System.Runtime.CompilerServices;

namespace Alkboard.Core.Cases.Loading;

/// <summary>
/// The JSON path each bound item came from, by reference (records compare by value, and two
/// identical entries are still two places in the file).
/// </summary>
internal sealed class CaseItemPaths
{
    private readonly ConditionalWeakTable<object, string> _paths = [];

    public void Add(object item, string path) => _paths.AddOrUpdate(item, path);

    public string Of(object item) => _paths.TryGetValue(item, out var path) ? path : "$";
}
