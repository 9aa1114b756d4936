using Google.Protobuf.WellKnownTypes;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Profiles;

/// <summary>
/// Validates what a caller may write to a profile or note, naming fields by their request path (profile.birth.latitude),
/// and applies partial updates. The birth is checked by the same mapper a chart request goes through.
/// </summary>
public sealed class ProfileInput(ChartRequestMapper chartMapper)
{
    public const int MaxNameLength = 200;
    public const int MaxPlaceLength = 200;
    public const int MaxTitleLength = 200;
    public const int MaxBodyLength = 5000;

    private static readonly string[] ProfilePaths = ["name", "place_name", "birth"];
    private static readonly string[] NotePaths = ["title", "body"];

    /// <summary>The checked values to store; throws <see cref="InvalidRequestException"/> listing every bad field.</summary>
    public (string Name, string PlaceName, Contract.ChartRequest Birth) Check(Contract.Profile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var violations = new RequestViolations();
        var name = Text(profile.Name, "profile.name", 1, MaxNameLength, violations);
        var place = Text(profile.PlaceName, "profile.placeName", 0, MaxPlaceLength, violations);
        if (profile.Birth is null)
        {
            violations.Add("profile.birth", "is required: the birth time, zone information and coordinates, as in a chart request");
        }
        else
        {
            try
            {
                chartMapper.Map(profile.Birth);
            }
            catch (InvalidRequestException invalid)
            {
                violations.AddUnder("profile.birth", invalid.Violations);
            }
        }

        violations.ThrowIfAny();
        return (name, place, profile.Birth!);
    }

    public (string Title, string Body) Check(Contract.Note note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var violations = new RequestViolations();
        var title = Text(note.Title, "note.title", 1, MaxTitleLength, violations);
        // Line breaks and tabs belong in a note; other control characters do not, and NUL cannot even be stored
        // (PostgreSQL text refuses it, which would surface as an internal error).
        var body = note.Body.Length > MaxBodyLength || note.Body.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
            ? violations.Refuse(
                "note.body", $"must be at most {MaxBodyLength} characters, without control characters but line breaks and tabs", string.Empty)
            : note.Body;
        violations.ThrowIfAny();
        return (title, body);
    }

    /// <summary>The stored profile with the masked fields taken from the request (every mutable field for an empty mask).</summary>
    public static Contract.Profile Merge(Contract.Profile stored, Contract.Profile changes, FieldMask? mask) =>
        Merge(stored, changes, mask, ProfilePaths, path => path == "birth" || path.StartsWith("birth.", StringComparison.Ordinal));

    public static Contract.Note Merge(Contract.Note stored, Contract.Note changes, FieldMask? mask) =>
        Merge(stored, changes, mask, NotePaths, _ => false);

    /// <summary>
    /// The birth with the settings the engine actually used written in, so a profile keeps meaning what it meant if a
    /// default ever changes.
    /// </summary>
    public static Contract.ChartRequest WithSettingsUsed(Contract.ChartRequest birth, Contract.ChartSettings used)
    {
        ArgumentNullException.ThrowIfNull(birth);
        ArgumentNullException.ThrowIfNull(used);
        var explicitBirth = birth.Clone();
        explicitBirth.HouseSystem = used.HouseSystem;
        explicitBirth.Ayanamsha = used.Ayanamsha;
        explicitBirth.NodeType = used.NodeType;
        explicitBirth.Positions = used.Positions;
        return explicitBirth;
    }

    /// <summary>The version an update expects, from the etag the caller last read.</summary>
    public static int ExpectedVersion(string etag, string field) =>
        ProfileMapping.TryParseEtag(etag, out var version)
            ? version
            : throw new InvalidRequestException(field, "is required: send the etag from the last read, so a newer change is not overwritten");

    /// <summary>Without a mask, the fields the request sets (non-default) are the ones to change, as AIP-134 implies.</summary>
    private static T Merge<T>(T stored, T changes, FieldMask? mask, string[] mutable, Func<string, bool> nested)
        where T : class, Google.Protobuf.IMessage<T>
    {
        var paths = mask is null || mask.Paths.Count == 0
            ? mutable.Where(path => IsSet(changes, path)).ToArray()
            : mask.Paths.Select(path => ProtoPath(changes.Descriptor, path)).ToArray();
        if (paths.Length == 0)
        {
            throw new InvalidRequestException("updateMask", "names nothing to change: set the fields to change, or list them in updateMask");
        }

        var unknown = paths.Where(path => (!mutable.Contains(path) && !nested(path)) || !FieldMask.IsValid(changes.Descriptor, path)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidRequestException("updateMask", $"may name only {string.Join(", ", mutable)}; not {string.Join(", ", unknown)}");
        }

        var merged = stored.Clone();
        new FieldMask { Paths = { paths } }.Merge(changes, merged, new FieldMask.MergeOptions
        {
            ReplaceMessageFields = true,
            ReplaceRepeatedFields = true,
            ReplacePrimitiveFields = true,
        });
        return merged;
    }

    /// <summary>
    /// A mask path in proto field names. REST callers write it in JSON names (placeName, birth.houseSystem), as the
    /// protobuf JSON mapping of FieldMask has it, but the transcoder hands a query-string mask over unconverted.
    /// A path that names no field is returned as it came, to be refused with the caller's own spelling.
    /// </summary>
    private static string ProtoPath(MessageDescriptor message, string path)
    {
        var segments = path.Split('.');
        MessageDescriptor? current = message;
        for (var i = 0; i < segments.Length && current is not null; i++)
        {
            var field = current.FindFieldByName(segments[i])
                ?? current.Fields.InDeclarationOrder().FirstOrDefault(f => f.JsonName == segments[i]);
            if (field is null)
            {
                return path;
            }

            segments[i] = field.Name;
            current = field.FieldType == FieldType.Message ? field.MessageType : null;
        }

        return string.Join('.', segments);
    }

    private static bool IsSet(Google.Protobuf.IMessage message, string path)
    {
        var field = message.Descriptor.FindFieldByName(path);
        var value = field.Accessor.GetValue(message);
        return value switch
        {
            null => false,
            string text => text.Length > 0,
            _ => true,
        };
    }

    private static string Text(string value, string field, int min, int max, RequestViolations violations)
    {
        var trimmed = value.Trim();
        return trimmed.Length < min || trimmed.Length > max || trimmed.Any(char.IsControl)
            ? violations.Refuse(field, $"must be {min} to {max} characters without control characters", string.Empty)
            : trimmed;
    }
}
