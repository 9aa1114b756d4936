using Jyotishika.Server.Tests.Golden.Cases;

namespace Jyotishika.Server.Tests.Golden;

/// <summary>A golden file's requests, sent in this order.</summary>
internal sealed record GoldenGroup(string Name, IReadOnlyList<GoldenCase> Cases)
{
    public string FileName => Name + ".txt";
}

/// <summary>
/// Every golden request, by file, in sending order: the calculations first, then the caller's own data, and last what
/// ends the caller's session and account. The lists are fixed (the one seeded batch included), so each run sends the
/// same requests.
/// </summary>
internal static class GoldenGroups
{
    public static IReadOnlyList<GoldenGroup> All { get; } =
    [
        new("chart", [
            .. ChartSettingCases.HouseSystems(), .. ChartSettingCases.Ayanamshas(), .. ChartSettingCases.NodesPositionsAndPaths(),
            .. ChartTimeCases.All(), .. ChartRefusalCases.Fields(), .. ChartRefusalCases.Bodies(), .. ChartRefusalCases.Callers(),
            .. ChartBatchAndVargaCases.Batches(), .. ChartBatchAndVargaCases.Vargas(), .. MalformedGrpcCases.All(),
        ]),
        new("chart-pictures", [.. ChartPictureCases.Pictures(), .. ChartPictureCases.Refusals()]),
        new("yogas", [.. YogaCases.All()]),
        new("matching", [.. MatchCases.Pairs(), .. MatchCases.Rankings(), .. MatchCases.Refusals()]),
        new("doshas", [.. DoshaCases.All()]),
        new("strength", [.. StrengthCases.All()]),
        new("jaimini", [.. JaiminiCases.All()]),
        new("varshaphal", [.. VarshaphalCases.All()]),
        new("dasha", [.. DashaCases.Unary(), .. DashaCases.Refusals(), .. DashaCases.Streams()]),
        new("panchang", [.. PanchangCases.All()]),
        new("places", [.. PlaceCases.Search(), .. PlaceCases.TimeZones()]),
        new("ephemeris", [.. EphemerisCases.Positions(), .. EphemerisCases.Events()]),
        new("operations", [.. OperationsCases.All()]),
        new("profiles", [
            .. ProfileCases.Profiles(), .. ProfileCases.Paging(), .. ProfileCases.Updates(), .. ProfileCases.Charts(),
            .. NoteCases.Notes(), .. NoteCases.ExportAndDeletions(),
        ]),
        new("auth", [.. AuthCases.Me(), .. AuthCases.Tokens(), .. AuthCases.Endings()]),
    ];

    public static IEnumerable<GoldenCase> Cases => All.SelectMany(group => group.Cases);
}
