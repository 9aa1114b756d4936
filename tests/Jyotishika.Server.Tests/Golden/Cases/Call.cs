using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Jyotishika.Server.Tests.Golden.Cases;

/// <summary>Short constructors for the case lists, and the gRPC method paths they call.</summary>
internal static class Call
{
    /// <summary>Non-ASCII and '+' written as themselves, so that the golden files show the requests as typed.</summary>
    private static readonly JsonSerializerOptions Written = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public const string ComputeChart = "jyotishika.v1.ChartService/ComputeChart";
    public const string ComputeCharts = "jyotishika.v1.ChartService/ComputeCharts";
    public const string ComputeVargas = "jyotishika.v1.ChartService/ComputeVargas";
    public const string RenderChart = "jyotishika.v1.ChartService/RenderChart";
    public const string ComputeYogas = "jyotishika.v1.YogaService/ComputeYogas";
    public const string ComputeMatch = "jyotishika.v1.MatchService/ComputeMatch";
    public const string RankMatches = "jyotishika.v1.MatchService/RankMatches";
    public const string StreamRankMatches = "jyotishika.v1.MatchService/StreamRankMatches";
    public const string ComputeDoshas = "jyotishika.v1.DoshaService/ComputeDoshas";
    public const string ComputeAspects = "jyotishika.v1.StrengthService/ComputeAspects";
    public const string ComputeAshtakavarga = "jyotishika.v1.StrengthService/ComputeAshtakavarga";
    public const string ComputeShadbala = "jyotishika.v1.StrengthService/ComputeShadbala";
    public const string ComputeJaimini = "jyotishika.v1.JaiminiService/ComputeJaimini";
    public const string ComputeVarshaphal = "jyotishika.v1.VarshaphalService/ComputeVarshaphal";
    public const string ComputeDasha = "jyotishika.v1.DashaService/ComputeDasha";
    public const string StreamDasha = "jyotishika.v1.DashaService/StreamDasha";
    public const string ComputePanchang = "jyotishika.v1.PanchangService/ComputePanchang";
    public const string ComputeMuhurta = "jyotishika.v1.PanchangService/ComputeMuhurta";

    public const string StreamPanchang = "jyotishika.v1.PanchangService/StreamPanchang";
    public const string SearchPlaces = "jyotishika.v1.PlaceService/SearchPlaces";
    public const string LookupTimeZone = "jyotishika.v1.PlaceService/LookupTimeZone";
    public const string StreamPositions = "jyotishika.v1.EphemerisService/StreamPositions";
    public const string SearchEvents = "jyotishika.v1.EphemerisService/SearchEvents";
    public const string GetMe = "jyotishika.v1.AuthService/GetMe";
    public const string Logout = "jyotishika.v1.AuthService/Logout";
    public const string CreateApiToken = "jyotishika.v1.AuthService/CreateApiToken";
    public const string ListApiTokens = "jyotishika.v1.AuthService/ListApiTokens";
    public const string RevokeApiToken = "jyotishika.v1.AuthService/RevokeApiToken";
    public const string CreateProfile = "jyotishika.v1.ProfileService/CreateProfile";
    public const string GetProfile = "jyotishika.v1.ProfileService/GetProfile";
    public const string ListProfiles = "jyotishika.v1.ProfileService/ListProfiles";
    public const string UpdateProfile = "jyotishika.v1.ProfileService/UpdateProfile";
    public const string DeleteProfile = "jyotishika.v1.ProfileService/DeleteProfile";
    public const string GetProfileChart = "jyotishika.v1.ProfileService/GetProfileChart";
    public const string CreateNote = "jyotishika.v1.ProfileService/CreateNote";
    public const string ListNotes = "jyotishika.v1.ProfileService/ListNotes";
    public const string UpdateNote = "jyotishika.v1.ProfileService/UpdateNote";
    public const string DeleteNote = "jyotishika.v1.ProfileService/DeleteNote";
    public const string ExportMyData = "jyotishika.v1.ProfileService/ExportMyData";
    public const string DeleteMyAccount = "jyotishika.v1.ProfileService/DeleteMyAccount";

    public static RestCase Post(string name, string path, string? body) => new(name, "POST", path, body);

    public static RestCase Get(string name, string target) => new(name, "GET", target);

    public static RestCase Patch(string name, string target, string body) => new(name, "PATCH", target, body);

    public static RestCase Delete(string name, string target) => new(name, "DELETE", target);

    public static GrpcCase Grpc(string name, string method, string json = "{}") => new(name, method, json);

    /// <summary>The same request over REST (POST <paramref name="path"/>, JSON body) and over gRPC.</summary>
    public static IEnumerable<GoldenCase> Both(string name, string path, string method, string json) =>
        [Post(name + "-rest", path, json), Grpc(name + "-grpc", method, json)];

    /// <summary>A gRPC request body given byte by byte: the 5-byte frame header, then the message.</summary>
    public static GrpcCase Framed(string name, string method, string hex) => new(name, method) { Framed = Convert.FromHexString(hex) };

    /// <summary>The JSON object with <paramref name="members"/> set: replaced where it has them, else added at its end.</summary>
    public static string With(this string json, string members)
    {
        var target = JsonNode.Parse(json)!.AsObject();
        foreach (var (name, value) in JsonNode.Parse("{" + members + "}")!.AsObject().ToList())
        {
            target[name] = value?.DeepClone();
        }

        return target.ToJsonString(Written);
    }
}
