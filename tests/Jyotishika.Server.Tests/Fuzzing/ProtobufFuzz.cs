using System.Collections;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Jyotishika.Server.Tests.Infrastructure;

namespace Jyotishika.Server.Tests.Fuzzing;

/// <summary>
/// gRPC request payloads (one length-prefixed, uncompressed message) for a request type: messages with hostile values
/// set through the descriptor (NaN and infinite numbers, extreme integers, unknown enum numbers, timestamps far outside
/// any calendar), their encodings damaged (flipped bits, truncated, trailing garbage), strings that are not UTF-8, and
/// plain random bytes, and gzip-compressed messages, real or corrupt. Framing itself is left intact: a broken length
/// prefix is a transport error (gRPC's INTERNAL), not a message.
/// </summary>
internal sealed class ProtobufFuzz(Random random)
{
    private static readonly double[] Doubles =
        [0, -0.0, 18.52, -73.86, 90, -180, 1e308, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon, 2451545];

    private static readonly long[] Longs = [0, 1, -1, int.MaxValue, int.MinValue, long.MaxValue, long.MinValue, 253402300800, -62135596801];

    private static readonly string[] Strings =
    [
        "", "1991-03-25T09:46:00", "9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "Asia/Kolkata", "Nowhere/Zone", "pune", "\0",
        "\ud83d\ude42", new string('x', 3000), "name,birth.ayanamsha", "00000000-0000-0000-0000-000000000000",
    ];

    /// <summary>A framed message; its first byte is 1 when it is gzip-compressed (send grpc-encoding: gzip with it).</summary>
    public byte[] Payload(MessageDescriptor message)
    {
        var compressed = random.Next(12) == 0;
        var body = random.Next(10) switch
        {
            0 => RandomBytes(),
            1 => NotUtf8String(message),
            2 or 3 => Damaged(Valued(message, 0).ToByteArray()),
            _ => Valued(message, 0).ToByteArray(),
        };
        if (compressed)
        {
            // Half the time a real gzip stream of the message, half the time bytes that only claim to be one.
            body = random.Next(2) == 0 ? Gzip(body) : body;
        }

        return RawGrpc.Frame(body, compressed);
    }

    private static byte[] Gzip(byte[] body)
    {
        using var output = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(output, System.IO.Compression.CompressionLevel.Fastest))
        {
            gzip.Write(body);
        }

        return output.ToArray();
    }

    private IMessage Valued(MessageDescriptor descriptor, int depth)
    {
        var message = (IMessage)Activator.CreateInstance(descriptor.ClrType)!;
        foreach (var field in descriptor.Fields.InDeclarationOrder())
        {
            if (field.IsMap || random.Next(10) < 4)
            {
                continue;
            }

            if (field.IsRepeated)
            {
                var list = (IList)field.Accessor.GetValue(message);
                var count = random.Next(4) == 0 ? random.Next(0, 30) : random.Next(0, 3);
                for (var i = 0; i < count; i++)
                {
                    if (Value(field, depth) is { } item)
                    {
                        list.Add(item);
                    }
                }
            }
            else if (Value(field, depth) is { } value)
            {
                field.Accessor.SetValue(message, value);
            }
        }

        return message;
    }

    private object? Value(FieldDescriptor field, int depth) => field.FieldType switch
    {
        FieldType.Double => Pick(Doubles),
        FieldType.Float => (float)Pick(Doubles),
        FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => (int)Math.Clamp(Pick(Longs), int.MinValue, int.MaxValue),
        FieldType.UInt32 or FieldType.Fixed32 => (uint)random.Next(),
        FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => Pick(Longs),
        FieldType.UInt64 or FieldType.Fixed64 => (ulong)Pick(Longs),
        FieldType.Bool => random.Next(2) == 0,
        FieldType.String => Pick(Strings),
        FieldType.Bytes => ByteString.CopyFrom(RandomBytes()),
        FieldType.Enum => Enum.ToObject(field.EnumType.ClrType, random.Next(3) == 0 ? random.Next(-2, 1000)
            : field.EnumType.Values[random.Next(field.EnumType.Values.Count)].Number),
        FieldType.Message when field.MessageType.FullName == "google.protobuf.Timestamp" => new Google.Protobuf.WellKnownTypes.Timestamp
        {
            Seconds = Pick(Longs), Nanos = random.Next(3) == 0 ? -1 : random.Next(1_000_000_000),
        },
        FieldType.Message when field.MessageType.FullName == "google.protobuf.FieldMask" =>
            new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { Pick(Strings) } },
        FieldType.Message when depth < 3 && field.MessageType.File.Package != "google.protobuf" => Valued(field.MessageType, depth + 1),
        _ => null,
    };

    /// <summary>A string field whose bytes are not UTF-8 (protobuf requires proto3 strings to be valid UTF-8).</summary>
    private byte[] NotUtf8String(MessageDescriptor message)
    {
        var field = message.Fields.InDeclarationOrder().FirstOrDefault(f => f.FieldType == FieldType.String);
        if (field is null)
        {
            return RandomBytes();
        }

        var output = new MemoryStream();
        var writer = new CodedOutputStream(output);
        writer.WriteTag(field.FieldNumber, WireFormat.WireType.LengthDelimited);
        writer.WriteBytes(ByteString.CopyFrom(0xff, 0xfe, 0xed, 0xa0, 0x80, 0x41));
        writer.Flush();
        return output.ToArray();
    }

    private byte[] Damaged(byte[] encoded)
    {
        if (encoded.Length == 0)
        {
            return RandomBytes();
        }

        var copy = encoded.ToList();
        switch (random.Next(3))
        {
            case 0:
                var at = random.Next(copy.Count);
                copy[at] ^= (byte)(1 << random.Next(8));
                break;
            case 1:
                return [.. copy.Take(random.Next(copy.Count))];
            default:
                copy.AddRange(RandomBytes());
                break;
        }

        return [.. copy];
    }

    private byte[] RandomBytes()
    {
        var bytes = new byte[random.Next(1, 64)];
        random.NextBytes(bytes);
        return bytes;
    }

    private T Pick<T>(IReadOnlyList<T> choices) => choices[random.Next(choices.Count)];
}
