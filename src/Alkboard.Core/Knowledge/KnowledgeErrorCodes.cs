namespace Alkboard.Core.Knowledge;

/// <summary>Stable codes of knowledge-base validation (docs/knowledge.md).</summary>
public static class KnowledgeErrorCodes
{
    /// <summary>A file is missing or its YAML/JSON does not parse, or has an unknown field.</summary>
    public const string Unreadable = "ALK-KB-001";

    /// <summary>A required field is missing or empty.</summary>
    public const string Missing = "ALK-KB-002";

    /// <summary>A statement has no citation.</summary>
    public const string Uncited = "ALK-KB-003";

    /// <summary>A citation id is used but not defined.</summary>
    public const string UnknownCitation = "ALK-KB-004";

    /// <summary>A drug is used but not defined.</summary>
    public const string UnknownDrug = "ALK-KB-005";

    /// <summary>A gene is used but not defined.</summary>
    public const string UnknownGene = "ALK-KB-006";

    /// <summary>A level, direction or other word is not one of the allowed values.</summary>
    public const string InvalidValue = "ALK-KB-007";

    /// <summary>A statement's alteration does not parse.</summary>
    public const string BadAlteration = "ALK-KB-008";

    /// <summary>Two entries share an id.</summary>
    public const string Duplicate = "ALK-KB-009";

    /// <summary>A citation has neither PMID nor DOI and is not a kind allowed a URL.</summary>
    public const string CitationWithoutIdentifier = "ALK-KB-010";

    /// <summary>A resistance level with a sensitivity direction, or the reverse.</summary>
    public const string LevelDirectionMismatch = "ALK-KB-011";

    /// <summary>A dose or dose-reduction step without a regulatory (label) or trial source.</summary>
    public const string DoseWithoutRegulatorySource = "ALK-KB-012";

    /// <summary>A single-patient case report graded 3A or higher (it is at most 3B).</summary>
    public const string CaseReportOverGraded = "ALK-KB-013";

    /// <summary>A knowledge file is larger than <see cref="KnowledgeLoader.MaxFileBytes"/>.</summary>
    public const string FileTooLarge = "ALK-KB-014";

    /// <summary>A knowledge file uses YAML anchors or aliases, nests too deep, holds too many values or too long a string.</summary>
    public const string OutOfBounds = "ALK-KB-015";

    /// <summary>A published release differs from its manifest: a file changed, missing or added after publication.</summary>
    public const string ReleaseModified = "ALK-KB-016";

    /// <summary>A release with this id is already published (a release is never overwritten).</summary>
    public const string ReleaseExists = "ALK-KB-017";

    /// <summary>No published release has this id, or the folder is not a folder of releases.</summary>
    public const string ReleaseNotFound = "ALK-KB-018";

    /// <summary>A gene region (gene-regions.yaml) is not valid: an unknown build or chromosome, a start after its end, a gene of the knowledge base without a span on a listed build, or an ALK hotspot outside ALK's span.</summary>
    public const string GeneRegion = "ALK-KB-019";
}
