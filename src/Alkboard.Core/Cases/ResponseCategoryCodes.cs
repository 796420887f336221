namespace Alkboard.Core.Cases;

/// <summary>The written codes of RECIST 1.1 response categories, as reports and the JSON contracts show them.</summary>
public static class ResponseCategoryCodes
{
    /// <summary>The code of a category: CR, PR, SD, PD, NE, NonCR/NonPD.</summary>
    public static string Code(ResponseCategory value) => value == ResponseCategory.NonCRNonPD ? "NonCR/NonPD" : value.ToString();
}
