using System.Collections.Immutable;
using Alkboard.Core.Cases;

namespace Alkboard.Core.Import.Cbioportal;

/// <summary>
/// What the user states about a study that its files do not say. Timeline days become dates only
/// with an anchor: <see cref="IndexDate"/> for every patient, or <see cref="Anchors"/> per patient
/// (never both), each a full date (one day; a coarser anchor is refused, AnchorFile.DayOnly). <see cref="DataFiles"/> maps a meta file to its data file where data_filename is
/// wrong (a copied study); it is never guessed from file names. A case names its source: the
/// study's PMID (meta_study.txt), <see cref="SourceUrl"/>, or <see cref="Synthetic"/> for made-up studies.
/// </summary>
public sealed record StudyOptions(
    PartialDate? IndexDate = null,
    ImmutableDictionary<string, PartialDate>? Anchors = null,
    ImmutableDictionary<string, string>? DataFiles = null,
    bool AllGenes = false,
    string? SourceUrl = null,
    bool Synthetic = false,
    string? AnchorsFile = null);
