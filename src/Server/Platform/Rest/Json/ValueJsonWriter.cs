namespace Jyotishika.Server.Platform.Rest.Json;

/// <summary>Writes one field value (as the field accessor boxes it) the way proto3 JSON mapping spells it.</summary>
internal abstract class ValueJsonWriter
{
    public static ValueJsonWriter Timestamp { get; } = new TimestampWriter();

    public abstract void Write(Utf8JsonWriter writer, object value);

    public static ValueJsonWriter Message(MessageJsonPlan plan) => new MessageWriter(plan);

    /// <summary>The writer for a scalar or enum field, or null for a type plans don't cover.</summary>
    public static ValueJsonWriter? Scalar(FieldDescriptor field, JsonNames names) => field.FieldType switch
    {
        FieldType.Double => new DoubleWriter(),
        FieldType.Float => new FloatWriter(),
        FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => new Int32Writer(),
        FieldType.UInt32 or FieldType.Fixed32 => new UInt32Writer(),
        FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => new Int64Writer(names.Int64sAsStrings),
        FieldType.UInt64 or FieldType.Fixed64 => new Int64Writer(names.Int64sAsStrings),
        FieldType.Bool => new BoolWriter(),
        FieldType.String => new StringWriter(),
        FieldType.Bytes => new BytesWriter(),
        FieldType.Enum => names.EnumsAsIntegers ? new Int32Writer() : new EnumWriter(names.EnumValues(field.EnumType)),
        _ => null,
    };

    private sealed class MessageWriter(MessageJsonPlan plan) : ValueJsonWriter
    {
        public override void Write(Utf8JsonWriter writer, object value) => plan.Write(writer, (IMessage)value);
    }

    private sealed class DoubleWriter : ValueJsonWriter
    {
        public override void Write(Utf8JsonWriter writer, object value) => WriteFloatingPoint(writer, (double)value);
    }

    private sealed class FloatWriter : ValueJsonWriter
    {
        public override void Write(Utf8JsonWriter writer, object value)
        {
            var single = (float)value;
            if (float.IsFinite(single))
            {
                writer.WriteNumberValue(single);
            }
            else
            {
                WriteFloatingPoint(writer, single);
            }
        }
    }

    private sealed class Int32Writer : ValueJsonWriter
    {
        // A boxed enum unboxes to its underlying int, so this serves enums written as numbers too.
        public override void Write(Utf8JsonWriter writer, object value) => writer.WriteNumberValue((int)value);
    }

    private sealed class UInt32Writer : ValueJsonWriter
    {
        public override void Write(Utf8JsonWriter writer, object value) => writer.WriteNumberValue((uint)value);
    }

    /// <summary>Signed and unsigned 64-bit fields: JSON numbers, or decimal strings when the settings say so.</summary>
    private sealed class Int64Writer(bool asString) : ValueJsonWriter
    {
        public override void Write(Utf8JsonWriter writer, object value)
        {
            if (asString)
            {
                writer.WriteStringValue(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture));
            }
            else if (value is ulong unsigned)
            {
                writer.WriteNumberValue(unsigned);
            }
            else
            {
                writer.WriteNumberValue((long)value);
            }
        }
    }

    private sealed class BoolWriter : ValueJsonWriter
    {
        public override void Write(Utf8JsonWriter writer, object value) => writer.WriteBooleanValue((bool)value);
    }

    private sealed class StringWriter : ValueJsonWriter
    {
        public override void Write(Utf8JsonWriter writer, object value) => writer.WriteStringValue((string)value);
    }

    private sealed class BytesWriter : ValueJsonWriter
    {
        public override void Write(Utf8JsonWriter writer, object value) => writer.WriteBase64StringValue(((ByteString)value).Span);
    }

    private sealed class EnumWriter(IReadOnlyDictionary<int, JsonEncodedText> valueNames) : ValueJsonWriter
    {
        public override void Write(Utf8JsonWriter writer, object value)
        {
            var number = (int)value;
            if (valueNames.TryGetValue(number, out var name))
            {
                writer.WriteStringValue(name);
            }
            else
            {
                // A number the contract doesn't name (a newer peer's value) has no name to write.
                writer.WriteNumberValue(number);
            }
        }
    }

    /// <summary>RFC 3339 in UTC with 0, 3, 6 or 9 fractional digits, as the proto3 JSON mapping prescribes.</summary>
    private sealed class TimestampWriter : ValueJsonWriter
    {
        public override void Write(Utf8JsonWriter writer, object value)
        {
            var timestamp = (Google.Protobuf.WellKnownTypes.Timestamp)value;
            var instant = DateTime.UnixEpoch.AddSeconds(timestamp.Seconds);
            var nanos = timestamp.Nanos;
            Span<char> text = stackalloc char[32];
            instant.TryFormat(text, out var length, "yyyy'-'MM'-'dd'T'HH':'mm':'ss", CultureInfo.InvariantCulture);
            if (nanos != 0)
            {
                var (digits, scaled) = nanos % 1_000_000 == 0 ? (3, nanos / 1_000_000)
                    : nanos % 1_000 == 0 ? (6, nanos / 1_000)
                    : (9, nanos);
                text[length++] = '.';
                scaled.TryFormat(text[length..], out var written, new string('0', digits), CultureInfo.InvariantCulture);
                length += written;
            }

            text[length++] = 'Z';
            writer.WriteStringValue(text[..length]);
        }
    }

    private static void WriteFloatingPoint(Utf8JsonWriter writer, double value)
    {
        if (double.IsNaN(value))
        {
            writer.WriteStringValue("NaN");
        }
        else if (double.IsPositiveInfinity(value))
        {
            writer.WriteStringValue("Infinity");
        }
        else if (double.IsNegativeInfinity(value))
        {
            writer.WriteStringValue("-Infinity");
        }
        else
        {
            writer.WriteNumberValue(value);
        }
    }
}
