using System.Globalization;
using Jyotishika.Engine;
using Jyotishika.Engine.Dasha;
using Jyotishika.Engine.Dasha.Chara;
using Jyotishika.Engine.Dasha.Kalachakra;
using Jyotishika.Engine.Dasha.Rasi;
using Jyotishika.Engine.Time;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Dashas;

/// <summary>What a dasha request asks for, validated: the birth (as a chart input) and the dasha options.</summary>
public sealed record DashaQuery(
    Validated<ChartInput> Birth,
    ResolvedBirthTime Time,
    DashaSystem System,
    DashaYearLength YearLength,
    int Depth,
    DateTime From,
    DateTime? To,
    DateTime? At)
{
    /// <summary>The star Vimshottari starts from; the Moon's own unless asked.</summary>
    public StartingStar StartingStar { get; init; } = StartingStar.Moon;

    /// <summary>What the system reads beside the chart.</summary>
    public DashaOptions Options { get; init; } = DashaOptions.Default;

    /// <summary>The window's end: the request's, or <see cref="DashaCalculator.CoveredYears"/> dasha years from birth.</summary>
    public DateTime End(double yearDays) => To ?? Time.Utc.AddDays(DashaCalculator.CoveredYears * yearDays);
}

/// <summary>
/// Validates a dasha request. The birth fields are the chart's (so the older system's /dasha payload, house system
/// included, is read exactly as /chart reads it); every bad field is reported at once.
/// </summary>
public sealed class DashaRequestMapper(ChartRequestMapper charts)
{
    public const int DefaultDepth = 2;

    /// <summary>The supported systems as REST spells them (VIMSHOTTARI, YOGINI …).</summary>
    private static readonly string SupportedNames = string.Join(
        ", ",
        DashaTrees.Supported.Select(system =>
            Contract.DashaReflection.Descriptor.FindTypeByName<Google.Protobuf.Reflection.EnumDescriptor>("DashaSystem")
                .FindValueByNumber((int)system).Name["DASHA_SYSTEM_".Length..]));

    public DashaQuery Map(Contract.DashaRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var violations = new RequestViolations();
        (Validated<ChartInput> Input, ResolvedBirthTime Time)? birth = null;
        try
        {
            birth = charts.Map(AsChartRequest(request));
        }
        catch (InvalidRequestException invalid)
        {
            violations.AddRange(invalid.Violations);
        }

        var system = request.System == Contract.DashaSystem.Unspecified
            ? DashaSystem.Vimshottari
            : DashaTrees.Supported.FirstOrDefault(supported => (int)supported == (int)request.System) is var found && found != default
                ? found
                : violations.Refuse("system", $"must be one of {SupportedNames}", DashaSystem.Vimshottari);
        var presetYear = birth?.Input.Value.Settings.Preset?.Conventions().YearLength;
        var yearLength = request.YearLength switch
        {
            Contract.DashaYearLength.Unspecified => presetYear ?? DashaYearLength.Julian,
            Contract.DashaYearLength.Julian36525 => DashaYearLength.Julian,
            Contract.DashaYearLength.MeanSidereal365256364 => DashaYearLength.MeanSidereal,
            Contract.DashaYearLength.Gregorian3652425 => DashaYearLength.Gregorian,
            Contract.DashaYearLength.Tropical36524219 => DashaYearLength.Tropical,
            Contract.DashaYearLength.Savana360 => DashaYearLength.Savana,
            Contract.DashaYearLength.TrueSidereal => DashaYearLength.TrueSidereal,
            _ => violations.Refuse("yearLength", "is not a supported year length", DashaYearLength.Julian),
        };
        var startingStar = request.StartingStar switch
        {
            Contract.StartingStar.Unspecified or Contract.StartingStar.Moon => StartingStar.Moon,
            Contract.StartingStar.Kshema => StartingStar.Kshema,
            Contract.StartingStar.Utpanna => StartingStar.Utpanna,
            Contract.StartingStar.Adhana => StartingStar.Adhana,
            _ => violations.Refuse("startingStar", "must be MOON, KSHEMA, UTPANNA or ADHANA", StartingStar.Moon),
        };
        if (startingStar != StartingStar.Moon && system != DashaSystem.Vimshottari)
        {
            violations.Add("startingStar", "applies to VIMSHOTTARI only");
        }

        var options = Options(request, birth?.Input.Value.Settings.Preset?.Conventions(), violations);
        var depth = request.Depth == 0 ? DefaultDepth : request.Depth;
        if (depth is < 1 or > DashaPeriod.MaxLevel)
        {
            violations.Add("depth", $"must be from 1 (mahadasha) to {DashaPeriod.MaxLevel} (deha); default {DefaultDepth}");
        }

        var from = ParseDate(request.FromDate, "fromDate", violations);
        var to = ParseDate(request.ToDate, "toDate", violations);
        var at = ParseDate(request.AtDate, "atDate", violations);
        if (from is { } f && to is { } t && t <= f)
        {
            violations.Add("toDate", "must be after fromDate");
        }

        violations.ThrowIfAny();

        // A birth that did not map has thrown above, its violations with the rest.
        var (input, time) = birth!.Value;
        return new DashaQuery(input, time, system, yearLength, depth, from ?? time.Utc, to, at)
        {
            StartingStar = startingStar, Options = options with { StartingStar = startingStar },
        };
    }

    /// <summary>The system conventions: the request's, else the preset's, else the defaults.</summary>
    private static DashaOptions Options(Contract.DashaRequest request, PresetConventions? preset, RequestViolations violations) => new()
    {
        SubPeriodShares = violations.Choose(
            (int)request.SubPeriodShares, preset?.SubPeriodShares ?? SubPeriodShares.Proportional, "subPeriodShares", "PROPORTIONAL or EQUAL"),
        StarGroupBalance = violations.Choose(
            (int)request.StarGroupBalance, preset?.StarGroupBalance ?? StarGroupBalance.WholeGroup, "starGroupBalance", "WHOLE_GROUP or BIRTH_STAR"),
        CharaMethod = violations.Choose(
            (int)request.CharaMethod, preset?.CharaMethod ?? CharaMethod.NarasimhaRao, "charaMethod", "NARASIMHA_RAO or KN_RAO"),
        BrahmaRule = violations.Choose(
            (int)request.BrahmaRule, preset?.BrahmaRule ?? BrahmaRule.VisibleHalfOddSign, "brahmaRule",
            "VISIBLE_HALF_ODD_SIGN, SIXTH_GRAHA_FOR_SATURN_AND_NODES or PYJHORA_SCORE", 3),
        Kalachakra = new KalachakraOptions
        {
            Groups = violations.Choose(
                (int)request.KalachakraGroups, KalachakraNakshatraGroups.TriadMirror, "kalachakraGroups", "TRIAD_MIRROR or TRIAD_START_ONLY"),
            Continuation = violations.Choose(
                (int)request.KalachakraContinuation, KalachakraContinuation.NextPada, "kalachakraContinuation", "NEXT_PADA or WITHIN_TRIAD"),
            SubPeriods = violations.Choose(
                (int)request.KalachakraSubPeriods, KalachakraSubPeriods.ChakraSequence, "kalachakraSubPeriods", "CHAKRA_SEQUENCE or PADA_ROTATION"),
        },
    };

    private static Contract.ChartRequest AsChartRequest(Contract.DashaRequest request)
    {
        var chart = new Contract.ChartRequest
        {
            Datetime = request.Datetime,
            Tz = request.Tz,
            Fold = request.Fold,
            Gap = request.Gap,
            TimeStandard = request.TimeStandard,
            Ayanamsha = request.Ayanamsha,
            UserAyanamsha = request.UserAyanamsha,
            NodeType = request.NodeType,
            Positions = request.Positions,
            TimeScale = request.TimeScale,
            Preset = request.Preset,
            HouseSystem = request.HouseSystem,
        };
        if (request.HasUtcOffsetMinutes)
        {
            chart.UtcOffsetMinutes = request.UtcOffsetMinutes;
        }

        if (request.HasLatitude)
        {
            chart.Latitude = request.Latitude;
        }

        if (request.HasLongitude)
        {
            chart.Longitude = request.Longitude;
        }

        return chart;
    }

    /// <summary>RFC 3339 instants, or plain dates meaning midnight UTC.</summary>
    private static DateTime? ParseDate(string text, string field, RequestViolations violations)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
        {
            return date;
        }

        if (Rfc3339.TryParseInstant(text, out var instant))
        {
            return instant;
        }

        violations.Add(field, "must be a date (2020-01-31) or an RFC 3339 instant with offset (2020-01-31T12:00:00Z)");
        return null;
    }
}
