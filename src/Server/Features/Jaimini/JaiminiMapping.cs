using Jyotishika.Engine;
using Jyotishika.Engine.Jaimini;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Jaimini;

/// <summary>Engine Jaimini results to their contract messages.</summary>
public static class JaiminiMapping
{
    public static Contract.CharaKarakaAssignment ToContract(KarakaAssignment assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        return new Contract.CharaKarakaAssignment
        {
            Karaka = StableKeys.UpperSnake(assignment.Karaka),
            Graha = SettingsMapping.ToContract(assignment.Graha),
            Degrees = assignment.Degrees,
        };
    }

    public static Contract.ArudhaPada ToContract(BhavaArudha pada)
    {
        ArgumentNullException.ThrowIfNull(pada);
        return new Contract.ArudhaPada
        {
            House = pada.House,
            Name = $"A{pada.House}",
            Sign = pada.Sign,
            HouseSign = pada.HouseSign,
            Lord = SettingsMapping.ToContract(pada.Lord),
            MovedToTenth = pada.ExceptionApplied,
        };
    }

    public static Contract.GrahaArudha ToContract(GrahaArudha arudha)
    {
        ArgumentNullException.ThrowIfNull(arudha);
        return new Contract.GrahaArudha
        {
            Graha = SettingsMapping.ToContract(arudha.Graha),
            OwnSign = arudha.OwnSign,
            Sign = arudha.Sign,
            MovedToTenth = arudha.ExceptionApplied,
        };
    }

    public static Contract.SpecialPoint ToContract(SpecialPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return new Contract.SpecialPoint
        {
            Name = StableKeys.UpperSnake(point.Kind),
            Longitude = point.Longitude,
            Sign = point.Sign,
            DegreeInSign = point.DegreeInSign,
        };
    }
}
