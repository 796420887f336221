namespace Alkboard.Core.Cases;

/// <summary>
/// A tumour lesion followed over time: an id the assessments refer to, where it is, whether it is
/// a lymph node (measured on its short axis), and its RECIST 1.1 role.
/// </summary>
public sealed record Lesion(string Id, string Site, string? Organ, bool LymphNode, LesionCategory Category, string? Note);
