namespace Alkboard.Core.Cases;

/// <summary>
/// The patient, pseudonymous: an id that identifies no one outside this file, sex, and either a
/// birth date or year, or the age at diagnosis (case reports give the age; registries the birth year).
/// </summary>
public sealed record Patient(string Id, Sex Sex, int? BirthYear, int? AgeAtDiagnosisYears, PartialDate? BirthDate = null);
