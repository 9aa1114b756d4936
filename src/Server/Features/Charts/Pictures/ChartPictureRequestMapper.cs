using Jyotishika.Engine;
using Jyotishika.Engine.Vargas;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Charts.Pictures;

/// <summary>
/// Checks a RenderChart request, reporting every bad field at once: the birth exactly as ComputeChart checks it (its
/// fields named under <c>birth.</c>), then the picture's own choices. Absent choices take the REST defaults.
/// </summary>
public sealed class ChartPictureRequestMapper(ChartRequestMapper charts)
{
    /// <summary>Smaller pictures cannot fit a crowded house's labels; larger ones only cost memory (a PNG of 2048² is 16 MB drawn).</summary>
    public const int MinSize = 160;
    public const int MaxSize = 2048;

    public ChartPictureRequest Map(Contract.RenderChartRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var violations = new RequestViolations();
        Validated<ChartInput>? birth = null;
        if (request.Birth is null)
        {
            violations.Add("birth", "is required: the birth to draw, as a chart request (datetime, latitude, longitude, …)");
        }
        else
        {
            try
            {
                birth = charts.Map(request.Birth).Input;
            }
            catch (InvalidRequestException invalid)
            {
                violations.AddUnder("birth", invalid.Violations);
            }
        }

        var division = request.HasVarga ? request.Varga : 1;
        if (division is < 1 or > DivisionalChart.MaxDivision)
        {
            violations.Add("varga", $"must be a division from 1 to {DivisionalChart.MaxDivision} (1 = the rasi chart, 9 = navamsa)");
        }

        var size = request.HasSize ? request.Size : ChartPictureOptions.DefaultSize;
        if (size is < MinSize or > MaxSize)
        {
            violations.Add("size", $"must be from {MinSize} to {MaxSize} pixels");
        }

        var options = new ChartPictureOptions(
            Choose(request.Style, Styles, "style", "must be NORTH, SOUTH or EAST", violations),
            request.HasDegrees ? request.Degrees : true,
            Choose(request.Language, Languages, "language", "must be ENGLISH or DEVANAGARI", violations),
            Choose(request.Theme, Themes, "theme", "must be LIGHT or DARK", violations),
            size);
        var format = Choose(request.Format, Formats, "format", "must be SVG or PNG", violations);
        violations.ThrowIfAny();
        // No violation means the birth was there and mapped.
        return new ChartPictureRequest(birth.GetValueOrDefault(), division, format, options);
    }

    // Each choice's contract values, unset (0) meaning the default; any other number is refused naming the field.

    private static readonly Dictionary<Contract.ChartStyle, ChartStyle> Styles = new()
    {
        [Contract.ChartStyle.Unspecified] = ChartStyle.North, [Contract.ChartStyle.North] = ChartStyle.North,
        [Contract.ChartStyle.South] = ChartStyle.South, [Contract.ChartStyle.East] = ChartStyle.East,
    };

    private static readonly Dictionary<Contract.ImageFormat, PictureFormat> Formats = new()
    {
        [Contract.ImageFormat.Unspecified] = PictureFormat.Svg, [Contract.ImageFormat.Svg] = PictureFormat.Svg,
        [Contract.ImageFormat.Png] = PictureFormat.Png,
    };

    private static readonly Dictionary<Contract.LabelLanguage, LabelLanguage> Languages = new()
    {
        [Contract.LabelLanguage.Unspecified] = LabelLanguage.English, [Contract.LabelLanguage.English] = LabelLanguage.English,
        [Contract.LabelLanguage.Devanagari] = LabelLanguage.Devanagari,
    };

    private static readonly Dictionary<Contract.ChartTheme, PictureTheme> Themes = new()
    {
        [Contract.ChartTheme.Unspecified] = PictureTheme.Light, [Contract.ChartTheme.Light] = PictureTheme.Light,
        [Contract.ChartTheme.Dark] = PictureTheme.Dark,
    };

    private static TChoice Choose<TContract, TChoice>(
        TContract value, Dictionary<TContract, TChoice> choices, string field, string description, RequestViolations violations)
        where TContract : struct, Enum =>
        choices.TryGetValue(value, out var chosen) ? chosen : violations.Refuse(field, description, choices[default]);
}
