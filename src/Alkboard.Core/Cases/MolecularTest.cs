using System.Collections.Immutable;

namespace Alkboard.Core.Cases;

/// <summary>
/// One molecular or immunohistochemical test: when, on what, how, by whom, and what it found.
/// Patients are tested repeatedly (at diagnosis, at each progression); each test is one entry.
/// </summary>
public sealed record MolecularTest(
    string Id,
    PartialDate? Date,
    Specimen Specimen,
    TestMethod Method,
    string? Lab,
    string? Panel,
    TestStatus Status,
    ImmutableArray<MolecularResult> Results,
    string? Note);
