using System.Collections.Immutable;
using Alkboard.Core.Cases;

namespace Alkboard.Core.Knowledge;

/// <summary>
/// One rule of a drug's label (knowledge/label-rules.yaml), acting on the engine: the events that
/// trigger it (all of them, each at its minimum CTCAE grade), the organ function it applies to,
/// or the interaction class; the label's wording, its section, the label cited, and where the
/// wording was read when that was a copy of the label.
/// </summary>
public sealed record LabelRule(
    string Id,
    string Drug,
    LabelAction Action,
    string? Risk,
    ImmutableArray<EventCriterion> Events,
    OrganCriterion? Organ,
    MedicationInteraction? Interaction,
    string? Dose,
    string Text,
    string Section,
    ImmutableArray<string> Citations,
    string? ReadIn);
