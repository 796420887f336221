namespace Alkboard.Contracts.Timeline;

/// <summary>The patient: id, sex, age at diagnosis (years) and birth year, when stated.</summary>
public sealed record PatientViewJson(string Id, string Sex, int? AgeAtDiagnosis, int? BirthYear);
