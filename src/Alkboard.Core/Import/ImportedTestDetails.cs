using Alkboard.Core.Cases;

namespace Alkboard.Core.Import;

/// <summary>
/// What the user states about the tests being imported, which lab files do not say: the date the
/// sample was taken (left out when not given; never guessed), the line of therapy for an undated
/// history, the method and the specimen.
/// </summary>
public sealed record ImportedTestDetails(PartialDate? Date, int? Line, TestMethod Method, Specimen Specimen);
