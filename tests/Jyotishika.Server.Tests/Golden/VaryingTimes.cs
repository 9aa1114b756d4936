using System.Text.RegularExpressions;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;

namespace Jyotishika.Server.Tests.Golden;

/// <summary>
/// The timestamps that say when a run happened rather than what the server computed, and only those: a row's
/// create/update/delete time, a token's creation, last use, revocation and expiry (the tests create tokens that expire
/// a fixed span from now), a session's expiry (GetMe), when a chart was saved, an export was made, the account was
/// created and last signed in. Present ones are replaced (JSON: "&lt;time&gt;"; protobuf: the Unix epoch, an empty
/// Timestamp), so whether each is set is still compared. No calculation answer has a field of these names.
/// </summary>
internal static partial class VaryingTimes
{
    private static readonly HashSet<string> ProtoNames =
    [
        "create_time", "update_time", "delete_time", "created_at", "last_used_at", "revoke_time", "expires_at",
        "compute_time", "export_time", "account_create_time", "last_login_time",
    ];

    /// <summary>The JSON body with the value of every such field (by its JSON name) replaced.</summary>
    public static string InJson(string json) => JsonTimeField().Replace(json, match => match.Groups["key"].Value + "\"<time>\"");

    /// <summary>The message with every such field that is set replaced by the epoch, recursively.</summary>
    public static void InMessage(IMessage message, Func<string, string> text)
    {
        foreach (var field in message.Descriptor.Fields.InFieldNumberOrder())
        {
            if (field.IsMap)
            {
                throw new NotSupportedException($"{field.FullName}: the contract has no maps, so normalization does not walk them");
            }

            if (field.IsRepeated)
            {
                var list = (System.Collections.IList)field.Accessor.GetValue(message);
                for (var i = 0; i < list.Count; i++)
                {
                    list[i] = Normalized(field, list[i]!, text);
                }
            }
            else if (!field.HasPresence || field.Accessor.HasValue(message))
            {
                var value = field.Accessor.GetValue(message);
                if (value is not null)
                {
                    field.Accessor.SetValue(message, Normalized(field, value, text));
                }
            }
        }
    }

    private static object Normalized(FieldDescriptor field, object value, Func<string, string> text)
    {
        switch (value)
        {
            case string words:
                return text(words);
            case Timestamp when ProtoNames.Contains(field.Name):
                return new Timestamp();
            case IMessage inner:
                InMessage(inner, text);
                return inner;
            default:
                return value;
        }
    }

    // The JSON names of ProtoNames, with whatever spacing the writer put around the colon.
    [GeneratedRegex(
        "(?<key>\"(createTime|updateTime|deleteTime|createdAt|lastUsedAt|revokeTime|expiresAt|computeTime|exportTime|"
        + "accountCreateTime|lastLoginTime)\"\\s*:\\s*)\"[^\"]*\"")]
    private static partial Regex JsonTimeField();
}
