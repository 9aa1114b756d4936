using Jyotishika.Engine;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Platform.Requests;

/// <summary>
/// Contract enums to engine enums and back. House systems, node and position types share their numbers; contract
/// ayanamshas 1..47 are library modes 0..46. A test pins every name pair so the two sides cannot drift apart.
/// </summary>
public static class SettingsMapping
{
    private const int ContractUserDefined = (int)Contract.Ayanamsha.UserDefined;
    private const int ContractVedanjanam = (int)Contract.Ayanamsha.Vedanjanam;

    public static HouseSystem? ToEngine(Contract.HouseSystem value) => value switch
    {
        Contract.HouseSystem.Unspecified => ChartSettings.Default.HouseSystem,
        _ when Enum.IsDefined((HouseSystem)(int)value) => (HouseSystem)(int)value,
        _ => null,
    };

    public static Contract.HouseSystem ToContract(HouseSystem value) => (Contract.HouseSystem)(int)value;

    public static Ayanamsha? ToEngine(Contract.Ayanamsha value) => (int)value switch
    {
        0 => ChartSettings.Default.Ayanamsha,
        ContractUserDefined => Ayanamsha.UserDefined,
        ContractVedanjanam => Ayanamsha.Vedanjanam,
        var n when n >= 1 && n - 1 <= (int)Ayanamsha.LahiriIcrc => (Ayanamsha)(n - 1),
        _ => null,
    };

    public static Contract.Ayanamsha ToContract(Ayanamsha value) => value switch
    {
        Ayanamsha.UserDefined => Contract.Ayanamsha.UserDefined,
        Ayanamsha.Vedanjanam => Contract.Ayanamsha.Vedanjanam,
        _ => (Contract.Ayanamsha)((int)value + 1),
    };

    public static NodeType? ToEngine(Contract.NodeType value) => value switch
    {
        Contract.NodeType.Unspecified => ChartSettings.Default.NodeType,
        Contract.NodeType.Mean => NodeType.Mean,
        Contract.NodeType.True => NodeType.True,
        _ => null,
    };

    public static Contract.NodeType ToContract(NodeType value) => (Contract.NodeType)(int)value;

    public static PositionType? ToEngine(Contract.PositionType value) => value switch
    {
        Contract.PositionType.Unspecified => ChartSettings.Default.PositionType,
        Contract.PositionType.Apparent => PositionType.Apparent,
        Contract.PositionType.Geometric => PositionType.Geometric,
        _ => null,
    };

    public static Contract.PositionType ToContract(PositionType value) => (Contract.PositionType)(int)value;

    public static TimeScale? ToEngine(Contract.TimeScale value) => value switch
    {
        Contract.TimeScale.Unspecified => ChartSettings.Default.TimeScale,
        Contract.TimeScale.Ut1 => TimeScale.Ut1,
        Contract.TimeScale.UtcAsUt => TimeScale.UtcAsUt,
        _ => null,
    };

    public static Contract.TimeScale ToContract(TimeScale value) => (Contract.TimeScale)(int)value;

    public static CalculationPath? ToEngine(Contract.CalculationPath value) => value switch
    {
        Contract.CalculationPath.Unspecified or Contract.CalculationPath.Fast => CalculationPath.Auto,
        Contract.CalculationPath.Native => CalculationPath.Native,
        _ => null,
    };

    /// <summary>The one reading of a request's user-defined ayanamsha, for every request that carries one.</summary>
    public static UserAyanamsha? ToEngine(Contract.UserAyanamsha? user) =>
        user is null ? null : new UserAyanamsha(user.ReferenceJulianDay, user.DegreesAtReference);

    public static Contract.Planet ToContract(Graha graha) => (Contract.Planet)(int)graha;

    // The same conversions for request fields: an unknown number becomes a violation naming the field (for the caller
    // to throw with the rest) and the default, so that one bad field does not hide the others.

    public static HouseSystem ToEngine(Contract.HouseSystem value, string field, RequestViolations violations) =>
        ToEngine(value) ?? violations.Refuse(field, "is not a supported house system (e.g. WHOLE_SIGN, PLACIDUS, KOCH, EQUAL)",
            ChartSettings.Default.HouseSystem);

    public static Ayanamsha ToEngine(Contract.Ayanamsha value, string field, RequestViolations violations) =>
        ToEngine(value) ?? violations.Refuse(field, "is not a supported ayanamsha (e.g. LAHIRI, RAMAN, KRISHNAMURTI, TRUE_CITRA)",
            ChartSettings.Default.Ayanamsha);

    public static NodeType ToEngine(Contract.NodeType value, string field, RequestViolations violations) =>
        ToEngine(value) ?? violations.Refuse(field, "must be MEAN or TRUE", ChartSettings.Default.NodeType);

    public static PositionType ToEngine(Contract.PositionType value, string field, RequestViolations violations) =>
        ToEngine(value) ?? violations.Refuse(field, "must be APPARENT or GEOMETRIC", ChartSettings.Default.PositionType);

    public static TimeScale ToEngine(Contract.TimeScale value, string field, RequestViolations violations) =>
        ToEngine(value) ?? violations.Refuse(field, "must be UT1 or UTC_AS_UT", ChartSettings.Default.TimeScale);

    public static CalculationPath ToEngine(Contract.CalculationPath value, string field, RequestViolations violations) =>
        ToEngine(value) ?? violations.Refuse(field, "must be FAST or NATIVE", CalculationPath.Auto);
}
