namespace Alkboard.Core.Knowledge;

/// <summary>How settings are written in the knowledge base and in reports.</summary>
public static class TherapySettings
{
    /// <summary>The word used in statements.yaml.</summary>
    public static string Word(TherapySetting setting) => setting switch
    {
        TherapySetting.Any => "any",
        TherapySetting.AlkInhibitorNaive => "alk_inhibitor_naive",
        TherapySetting.AfterCrizotinib => "after_crizotinib",
        TherapySetting.AfterSecondGeneration => "after_second_generation",
        TherapySetting.AfterAlkInhibitor => "after_alk_inhibitor",
        _ => throw new ArgumentOutOfRangeException(nameof(setting), setting, "unknown setting"),
    };

    /// <summary>The setting a word names, or null.</summary>
    public static TherapySetting? Parse(string? word) =>
        Enum.GetValues<TherapySetting>().Cast<TherapySetting?>().FirstOrDefault(s => string.Equals(Word(s!.Value), word, StringComparison.OrdinalIgnoreCase));

    /// <summary>How a report says where the evidence was observed.</summary>
    public static string Describe(TherapySetting setting) => setting switch
    {
        TherapySetting.Any => "in any setting",
        TherapySetting.AlkInhibitorNaive => "before any ALK inhibitor",
        TherapySetting.AfterCrizotinib => "after crizotinib",
        TherapySetting.AfterSecondGeneration => "after a second-generation ALK inhibitor",
        TherapySetting.AfterAlkInhibitor => "after an ALK inhibitor",
        _ => throw new ArgumentOutOfRangeException(nameof(setting), setting, "unknown setting"),
    };
}
