using Jyotishika.Engine;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Platform.Requests;

/// <summary>A request's preset: validated, and its conventions written into the fields the request left unset.</summary>
public static class PresetMapping
{
    public static ConventionPreset? ToEngine(Contract.Preset value, string field, RequestViolations violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        return value == Contract.Preset.Unspecified
            ? null
            : violations.Choose(
                (int)value, ConventionPreset.JagannathaHora, field, "JAGANNATHA_HORA or PYJHORA", Enum.GetValues<ConventionPreset>().Length);
    }

    /// <summary>A copy of the request with the preset's conventions where it set none; the request itself when no preset.</summary>
    public static Contract.ChartRequest Fill(Contract.ChartRequest request, ConventionPreset? preset)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (preset is not { } chosen)
        {
            return request;
        }

        var conventions = chosen.Conventions();
        var filled = request.Clone();
        if (filled.Ayanamsha == Contract.Ayanamsha.Unspecified)
        {
            filled.Ayanamsha = SettingsMapping.ToContract(conventions.Ayanamsha);
        }

        if (filled.NodeType == Contract.NodeType.Unspecified)
        {
            filled.NodeType = SettingsMapping.ToContract(conventions.NodeType);
        }

        if (filled.Positions == Contract.PositionType.Unspecified)
        {
            filled.Positions = SettingsMapping.ToContract(conventions.Positions);
        }

        if (filled.TimeScale == Contract.TimeScale.Unspecified)
        {
            filled.TimeScale = SettingsMapping.ToContract(conventions.TimeScale);
        }

        return filled;
    }
}
