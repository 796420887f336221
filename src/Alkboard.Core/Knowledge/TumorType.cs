using System.Collections.Immutable;

namespace Alkboard.Core.Knowledge;

/// <summary>
/// A tumor type with its family (IMT and EIMS share one) and the names that denote it; an agnostic
/// type ("solid tumors") is the patient's own type for every solid tumor (tumor-agnostic approvals).
/// </summary>
public sealed record TumorType(string Code, string Name, string Family, ImmutableArray<string> Names, bool Agnostic = false);
