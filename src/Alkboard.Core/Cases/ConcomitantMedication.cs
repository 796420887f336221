namespace Alkboard.Core.Cases;

/// <summary>A medication taken alongside cancer therapy (not a line of therapy), kept as written, with the interaction class the team recorded and when it was taken.</summary>
public sealed record ConcomitantMedication(string Name, MedicationInteraction Interaction, PartialDate? Start, PartialDate? End, string? Note);
