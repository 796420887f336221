using Alkboard.Core.Recist;

namespace Alkboard.Contracts.Recist;

/// <summary>A baseline RECIST 1.1 does not accept: stable code (ALK-RECIST-…), line number, message, the assessment and lesion concerned.</summary>
public sealed record RecistProblemJson(string Code, int Line, string Message, string? AssessmentId, string? LesionId)
{
    /// <summary>The contract form of a problem.</summary>
    public static RecistProblemJson From(RecistProblem p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(p.Code, p.Line, p.Message, p.AssessmentId, p.LesionId);
    }
}
