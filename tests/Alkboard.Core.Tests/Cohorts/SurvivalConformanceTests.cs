namespace Alkboard.Core.Tests.Cohorts;

/// <summary>
/// The checks of <see cref="SurvivalAgainstRTests"/> on third-party data sets (lung, aml, waltons)
/// that are not part of the repository. They run under scripts/conformance, which points
/// ALKBOARD_SURVIVAL_INPUTS at them; scripts/test leaves them out (trait Category=Conformance).
/// </summary>
[Trait("Category", "Conformance")]
public class SurvivalConformanceTests
{
    public static TheoryData<string> ThirdParty => ["lung", "aml", "waltons"];

    [Theory]
    [MemberData(nameof(ThirdParty))]
    public void Groups_are_in_the_order_R_uses(string dataset) => SurvivalAgainstRTests.CheckGroups_are_in_the_order_R_uses(dataset);

    [Theory]
    [MemberData(nameof(ThirdParty))]
    public void Kaplan_Meier_curves_limits_and_quantiles_equal_R(string dataset) => SurvivalAgainstRTests.CheckKaplan_Meier_curves_limits_and_quantiles_equal_R(dataset);

    [Theory]
    [MemberData(nameof(ThirdParty))]
    public void Log_rank_equals_R_survdiff(string dataset) => SurvivalAgainstRTests.CheckLog_rank_equals_R_survdiff(dataset);

    [Theory]
    [MemberData(nameof(ThirdParty))]
    public void Cox_models_with_Efron_and_Breslow_ties_equal_R_coxph(string dataset) => SurvivalAgainstRTests.CheckCox_models_with_Efron_and_Breslow_ties_equal_R_coxph(dataset);
}
