using Google.Protobuf.WellKnownTypes;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Profiles;

/// <summary>Stored rows to contract messages. JSON columns hold protobuf JSON, written and read by the same library.</summary>
public static class ProfileMapping
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(true));

    public static string ToJson(IMessage message) => JsonFormatter.Default.Format(message);

    public static Contract.ChartRequest Birth(string json) => Parser.Parse<Contract.ChartRequest>(json);

    public static Contract.Profile ToContract(ProfileRecord profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var message = new Contract.Profile
        {
            Id = profile.Id.ToString(),
            Name = profile.Name,
            PlaceName = profile.PlaceName,
            Birth = Birth(profile.Birth),
            Etag = Etag(profile.Version),
            CreateTime = Time(profile.CreatedAt),
            UpdateTime = Time(profile.UpdatedAt),
        };
        if (profile.DeletedAt is { } deleted)
        {
            message.DeleteTime = Time(deleted);
        }

        return message;
    }

    public static Contract.SavedChart ToContract(SavedChartRecord chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return new Contract.SavedChart
        {
            ProfileId = chart.ProfileId.ToString(),
            Chart = Parser.Parse<Contract.ChartResponse>(chart.Result),
            ComputeTime = Time(chart.CreatedAt),
            EngineVersion = chart.EngineVersion,
        };
    }

    public static Contract.Note ToContract(NoteRecord note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return new Contract.Note
        {
            Id = note.Id.ToString(),
            ProfileId = note.ProfileId.ToString(),
            Title = note.Title,
            Body = note.Body,
            Etag = Etag(note.Version),
            CreateTime = Time(note.CreatedAt),
            UpdateTime = Time(note.UpdatedAt),
        };
    }

    public static string Etag(int version) => version.ToString(CultureInfo.InvariantCulture);

    public static bool TryParseEtag(string etag, out int version) =>
        int.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out version) && version >= 1;

    public static Timestamp Time(DateTime utc) => Timestamp.FromDateTime(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
