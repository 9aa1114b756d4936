using System.Collections;
using Google.Protobuf.WellKnownTypes;

namespace Jyotishika.Server.Platform.Rest.Json;

/// <summary>
/// How to write one protobuf message type as transcoding's JSON, worked out once from its descriptor: the field
/// names pre-encoded, enum names pre-resolved, one writer per field. Transcoding's own contract-based serializer
/// spends most of a REST chart call's CPU on per-property bookkeeping; a plan walks the fields directly.
/// </summary>
/// <remarks>
/// Covers what the responses use: every scalar type, enums, nested and repeated messages, proto3 optional and
/// google.protobuf.Timestamp. A message type reaching anything else (maps, oneofs, other well-known types) has no plan
/// and stays with transcoding's serializer.
/// </remarks>
internal sealed class MessageJsonPlan
{
    private FieldJsonWriter[] fields = [];

    private MessageJsonPlan()
    {
    }

    public void Write(Utf8JsonWriter writer, IMessage message)
    {
        writer.WriteStartObject();
        foreach (var field in fields)
        {
            field.Write(writer, message);
        }

        writer.WriteEndObject();
    }

    /// <summary>The plans of a set of message types, built on demand; recursive types share one plan.</summary>
    internal sealed class Cache(JsonNames names)
    {
        private readonly ConcurrentDictionary<MessageDescriptor, MessageJsonPlan?> plans = new();
        private readonly Lock building = new();

        /// <summary>The plan for <paramref name="message"/>, or null when the type uses something plans don't cover.</summary>
        public MessageJsonPlan? For(MessageDescriptor message)
        {
            ArgumentNullException.ThrowIfNull(message);
            if (plans.TryGetValue(message, out var ready))
            {
                return ready;
            }

            lock (building)
            {
                var pending = new Dictionary<MessageDescriptor, MessageJsonPlan>();
                var plan = Build(message, pending);
                foreach (var (descriptor, built) in pending)
                {
                    // A type that failed takes every type that reached it down with it.
                    plans.TryAdd(descriptor, plan is null ? null : built);
                }

                plans.TryAdd(message, plan);
                return plan;
            }
        }

        private MessageJsonPlan? Build(MessageDescriptor message, Dictionary<MessageDescriptor, MessageJsonPlan> pending)
        {
            if (plans.TryGetValue(message, out var ready))
            {
                return ready;
            }

            if (pending.TryGetValue(message, out var inProgress))
            {
                return inProgress;
            }

            if (!Supported(message))
            {
                return null;
            }

            var plan = new MessageJsonPlan();
            pending.Add(message, plan);
            var writers = new List<FieldJsonWriter>();
            foreach (var field in message.Fields.InDeclarationOrder())
            {
                var writer = FieldWriter(field, pending);
                if (writer is null)
                {
                    return null;
                }

                writers.Add(writer);
            }

            plan.fields = [.. writers];
            return plan;
        }

        private static bool Supported(MessageDescriptor message) =>
            message.Oneofs.All(oneof => oneof.IsSynthetic)
            && (message.File.Package != "google.protobuf" || message.FullName == Timestamp.Descriptor.FullName);

        private FieldJsonWriter? FieldWriter(FieldDescriptor field, Dictionary<MessageDescriptor, MessageJsonPlan> pending)
        {
            if (field.IsMap)
            {
                return null;
            }

            ValueJsonWriter? value;
            if (field.FieldType == FieldType.Message)
            {
                if (field.MessageType.FullName == Timestamp.Descriptor.FullName)
                {
                    value = ValueJsonWriter.Timestamp;
                }
                else
                {
                    var nested = Build(field.MessageType, pending);
                    value = nested is null ? null : ValueJsonWriter.Message(nested);
                }
            }
            else
            {
                value = ValueJsonWriter.Scalar(field, names);
            }

            if (value is null)
            {
                return null;
            }

            var name = JsonEncodedText.Encode(field.JsonName);
            return field.IsRepeated ? new RepeatedFieldJsonWriter(field, name, value) : new SingleFieldJsonWriter(field, name, value);
        }
    }

    private abstract class FieldJsonWriter(FieldDescriptor field, JsonEncodedText name, ValueJsonWriter value)
    {
        protected IFieldAccessor Accessor { get; } = field.Accessor;

        protected JsonEncodedText Name { get; } = name;

        protected ValueJsonWriter Value { get; } = value;

        public abstract void Write(Utf8JsonWriter writer, IMessage message);
    }

    private sealed class SingleFieldJsonWriter(FieldDescriptor field, JsonEncodedText name, ValueJsonWriter value)
        : FieldJsonWriter(field, name, value)
    {
        // Proto3 optional scalars and message fields are written only when set; plain scalars always (defaults included).
        private readonly bool hasPresence = field.HasPresence;

        public override void Write(Utf8JsonWriter writer, IMessage message)
        {
            if (hasPresence && !Accessor.HasValue(message))
            {
                return;
            }

            writer.WritePropertyName(Name);
            Value.Write(writer, Accessor.GetValue(message));
        }
    }

    private sealed class RepeatedFieldJsonWriter(FieldDescriptor field, JsonEncodedText name, ValueJsonWriter value)
        : FieldJsonWriter(field, name, value)
    {
        public override void Write(Utf8JsonWriter writer, IMessage message)
        {
            writer.WritePropertyName(Name);
            writer.WriteStartArray();
            foreach (var item in (IList)Accessor.GetValue(message))
            {
                Value.Write(writer, item);
            }

            writer.WriteEndArray();
        }
    }
}
