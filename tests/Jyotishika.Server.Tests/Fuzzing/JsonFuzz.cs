using System.Globalization;
using System.Text;
using Google.Protobuf.Reflection;

namespace Jyotishika.Server.Tests.Fuzzing;

/// <summary>
/// Request bodies for a message, written as JSON text (so that escapes a serializer would refuse, such as a lone
/// surrogate, can be written): mostly the right shape with hostile values (extreme numbers and dates, wrong types,
/// unknown enum names, control characters, lone surrogates), then mutated as bytes (invalid UTF-8, truncation, deep
/// nesting, duplicate keys, a byte order mark, flipped bytes).
/// </summary>
internal sealed class JsonFuzz(Random random)
{
    private static readonly string[] Instants =
    [
        "1991-03-25T09:46:00", "1991-03-25T09:46:00Z", "2026-01-01T00:00:00+05:30", "9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z",
        "1800-01-01T00:00:00Z", "2399-12-31T23:59:59-14:00", "2400-01-01T00:00:00Z", "1991-13-45T25:61:61", "1991-03-25", "",
        "2021-03-14T02:30:00", "+275760-09-13T00:00:00Z", "1991-03-25T09:46:00.123456789Z", "1991-03-25T09:46:00.1234567890Z",
    ];

    private static readonly string[] Texts =
    [
        "Asia/Kolkata", "America/New_York", "UTC", "Mars/Olympus_Mons", "pune", "P", "São Paulo", "東京", "\\u0000", "\\udc00",
        "\\ud800", "\\ud800\\udc00", "\\n\\t\\r", "\\\"", "<script>", "' OR 1=1 --", "%00", "name,birth.ayanamsha", "a.b.c",
        "SUN", "WHOLE_SIGN", "00000000-0000-0000-0000-000000000000", "0", "-1",
    ];

    private static readonly string[] Numbers =
    [
        "0", "-0", "1", "-1", "18.5204", "73.8567", "-90", "90.0000001", "180", "-180.5", "1e308", "-1e308", "1e999", "-1e999",
        "5e-324", "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "1.5", "1e2", "0.0",
        "12345678901234567890123456789", "2451545.0", "330", "1500", "-1200",
    ];

    private static readonly string[] FieldMasks = ["name", "name,birth.ayanamsha", "no_such", "Name", "a..b", ""];

    private static readonly byte[][] NotUtf8 = [[0xff], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0xaf], [0x80]];

    private static readonly string[] NotObjects = ["null", "[]", "\"text\"", "1", "{", "}", "{\"a\":1,}", "{'a':1}", "{\"a\":1}{\"b\":2}"];

    public byte[] Body(MessageDescriptor message)
    {
        var text = new StringBuilder();
        Message(text, message, depth: 0);
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        return random.Next(3) == 0 ? Mutate(bytes) : bytes;
    }

    public string Value(FieldDescriptor field, int depth = 3)
    {
        var text = new StringBuilder();
        Value(text, field, depth);
        return text.ToString();
    }

    private void Message(StringBuilder text, MessageDescriptor message, int depth)
    {
        text.Append('{');
        var first = true;
        foreach (var field in message.Fields.InDeclarationOrder())
        {
            if (random.Next(10) < 4)
            {
                continue;
            }

            Separator(text, ref first);
            text.Append('"').Append(Name(field)).Append("\":");
            Field(text, field, depth);
        }

        if (random.Next(12) == 0)
        {
            Separator(text, ref first);
            text.Append(random.Next(2) == 0 ? "\"noSuchField\":1" : "\"\\udc00\":true");
        }

        text.Append('}');
    }

    private void Field(StringBuilder text, FieldDescriptor field, int depth)
    {
        switch (random.Next(20))
        {
            case 0:
                text.Append("null");
                return;
            case 1:
                text.Append(Pick(["[]", "{}", "\"\"", "true", "[null]", "[[1]]", "{\"a\":{}}"]));
                return;
        }

        if (field.IsRepeated && !field.IsMap)
        {
            text.Append('[');
            var count = random.Next(4) == 0 ? random.Next(0, 40) : random.Next(0, 4);
            for (var i = 0; i < count; i++)
            {
                if (i > 0)
                {
                    text.Append(',');
                }

                Value(text, field, depth);
            }

            text.Append(']');
            return;
        }

        Value(text, field, depth);
    }

    private void Value(StringBuilder text, FieldDescriptor field, int depth)
    {
        switch (field.FieldType)
        {
            case FieldType.Double or FieldType.Float or FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 or FieldType.UInt32
                or FieldType.Fixed32 or FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 or FieldType.UInt64 or FieldType.Fixed64:
                text.Append(random.Next(6) == 0 ? Quoted(Pick(Numbers)) : random.Next(8) == 0 ? "\"NaN\"" : Pick(Numbers));
                break;
            case FieldType.Bool:
                text.Append(Pick(["true", "false", "\"true\"", "1", "0"]));
                break;
            case FieldType.String:
                text.Append(Quoted(random.Next(2) == 0 ? Pick(Instants) : random.Next(25) == 0 ? new string('x', 5000) : Pick(Texts)));
                break;
            case FieldType.Bytes:
                text.Append(Quoted(Pick(["AAEC", "not base64!", "", "QQ==", "QQ"])));
                break;
            case FieldType.Enum:
                text.Append(EnumValue(field.EnumType));
                break;
            case FieldType.Message when field.MessageType.File.Package == "google.protobuf":
                text.Append(Quoted(field.MessageType.Name == "FieldMask" ? Pick(FieldMasks) : Pick(Instants)));
                break;
            case FieldType.Message when depth >= 3:
                text.Append("{}");
                break;
            case FieldType.Message:
                Message(text, field.MessageType, depth + 1);
                break;
            default:
                text.Append("null");
                break;
        }
    }

    private string EnumValue(EnumDescriptor descriptor)
    {
        var value = descriptor.Values[random.Next(descriptor.Values.Count)];
        return random.Next(8) switch
        {
            0 => value.Number.ToString(CultureInfo.InvariantCulture),
            1 => Quoted(value.Name),
            2 => Pick(["999", "-1", "1.5", "\"999\"", "\"\"", "\"nope\"", "\"\\udc00\"", "\"sun\""]),
            _ => Quoted(Jyotishika.Server.Platform.Rest.EnumNames.For(descriptor).Name(value.Number)!),
        };
    }

    private string Name(FieldDescriptor field) => random.Next(10) switch
    {
        0 => field.Name,
        1 => field.JsonName.ToUpperInvariant(),
        _ => field.JsonName,
    };

    /// <summary>Byte-level damage a careless or hostile client sends.</summary>
    private byte[] Mutate(byte[] body)
    {
        var bytes = new List<byte>(body);
        var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
        switch (random.Next(9))
        {
            case 0:
                bytes.InsertRange(at, Pick(NotUtf8));
                break;
            case 1:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            case 2:
                var depth = random.Next(30, 200);
                var open = random.Next(2) == 0 ? "[" : "{\"a\":";
                var close = open == "[" ? "]" : "}";
                var nested = "{\"x\":" + string.Concat(Enumerable.Repeat(open, depth)) + "1"
                    + string.Concat(Enumerable.Repeat(close, depth)) + "}";
                return Encoding.UTF8.GetBytes(nested);
            case 3:
                bytes.InsertRange(0, new byte[] { 0xef, 0xbb, 0xbf });
                break;
            case 4 when bytes.Count > 0:
                bytes[at] = (byte)random.Next(256);
                break;
            case 5:
                return Encoding.UTF8.GetBytes(Pick(NotObjects));
            case 6 when bytes.Count > 2:
                var key = Encoding.UTF8.GetString(body).Split(',')[0].TrimStart('{');
                bytes.InsertRange(1, Encoding.UTF8.GetBytes(key + ","));
                break;
            case 7:
                bytes.InsertRange(at, new byte[] { 0 });
                break;
            default:
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(" \t\r\n"));
                break;
        }

        return [.. bytes];
    }

    private static void Separator(StringBuilder text, ref bool first)
    {
        if (!first)
        {
            text.Append(',');
        }

        first = false;
    }

    /// <summary>Wraps text that is already JSON-escaped (so "\udc00" stays an escape) in quotes.</summary>
    private static string Quoted(string escaped) => "\"" + escaped + "\"";

    private T Pick<T>(IReadOnlyList<T> choices) => choices[random.Next(choices.Count)];
}
