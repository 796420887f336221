using System.Collections.Immutable;

namespace Alkboard.Core.Cases;

/// <summary>
/// One molecular or immunohistochemical test: when, on what, how, by whom, and what it found.
/// Patients are tested repeatedly (at diagnosis, at each progression); each test is one entry.
/// <see cref="Line"/> names the line of therapy during or at the end of which the sample was
/// taken, for histories without dates (it orders the test for mutation attribution).
/// </summary>
public sealed record MolecularTest(
    string Id,
    PartialDate? Date,
    int? Line,
    Specimen Specimen,
    TestMethod Method,
    string? Lab,
    string? Panel,
    TestStatus Status,
    ImmutableArray<MolecularResult> Results,
    string? Note);
