using System.Buffers.Text;

namespace Jyotishika.Server.Storage.Profiles;

/// <summary>
/// Where a newest-first page ended: the last row's creation time and id. The page token is this, base64url-encoded;
/// opaque to clients, stable while rows are added (keyset paging, not offsets).
/// </summary>
public sealed record PagePosition(DateTime CreatedAt, Guid Id)
{
    public string ToToken() =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes($"{CreatedAt.Ticks.ToString(CultureInfo.InvariantCulture)}:{Id:N}"));

    public static bool TryParse(string token, out PagePosition? position)
    {
        position = null;
        try
        {
            var text = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(token));
            var parts = text.Split(':');
            if (parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks is > 0 and <= 3155378975999999999 && Guid.TryParseExact(parts[1], "N", out var id))
            {
                position = new PagePosition(new DateTime(ticks, DateTimeKind.Utc), id);
                return true;
            }
        }
        catch (FormatException)
        {
        }

        return false;
    }
}
