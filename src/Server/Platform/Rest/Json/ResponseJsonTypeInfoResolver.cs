using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Jyotishika.Server.Platform.Rest.Json;

/// <summary>
/// Writes the services' response messages with <see cref="MessageJsonPlan"/>s inside transcoding's own serializer.
/// Only messages that are never read are taken: a type any request can contain stays with transcoding, which reads it.
/// </summary>
internal sealed class ResponseJsonTypeInfoResolver : IJsonTypeInfoResolver
{
    private readonly Dictionary<System.Type, MessageJsonPlan> plans;

    public ResponseJsonTypeInfoResolver(IEnumerable<FileDescriptor> files, JsonNames names)
    {
        var methods = files.SelectMany(file => file.Services).SelectMany(service => service.Methods).ToList();
        var readable = new HashSet<MessageDescriptor>();
        foreach (var method in methods)
        {
            AddReachable(method.InputType, readable);
        }

        var cache = new MessageJsonPlan.Cache(names);
        plans = [];
        foreach (var output in methods.Select(method => method.OutputType).Distinct())
        {
            if (!readable.Contains(output) && cache.For(output) is { } plan)
            {
                plans[output.ClrType] = plan;
            }
        }
    }

    /// <summary>The response types this resolver writes (for tests and start-up logs).</summary>
    public IReadOnlyCollection<System.Type> Types => plans.Keys;

    /// <summary>
    /// A value-kind contract whose converter writes the whole message; transcoding's resolver, next in the chain,
    /// answers for every other type. (A converter in the options' list would not do: transcoding's resolver would
    /// still try to add properties to the type.)
    /// </summary>
    public JsonTypeInfo? GetTypeInfo(System.Type type, JsonSerializerOptions options)
    {
        if (!plans.TryGetValue(type, out var plan))
        {
            return null;
        }

        var create = typeof(ResponseJsonTypeInfoResolver).GetMethod(nameof(Contract), BindingFlags.NonPublic | BindingFlags.Static)!;
        return (JsonTypeInfo)create.MakeGenericMethod(type).Invoke(null, [options, plan])!;
    }

    private static JsonTypeInfo<TMessage> Contract<TMessage>(JsonSerializerOptions options, MessageJsonPlan plan)
        where TMessage : IMessage =>
        JsonMetadataServices.CreateValueInfo<TMessage>(options, new ResponseConverter<TMessage>(plan));

    private static void AddReachable(MessageDescriptor message, HashSet<MessageDescriptor> seen)
    {
        if (!seen.Add(message))
        {
            return;
        }

        foreach (var field in message.Fields.InDeclarationOrder())
        {
            if (field.FieldType == FieldType.Message)
            {
                AddReachable(field.MessageType, seen);
            }
        }
    }

    private sealed class ResponseConverter<TMessage>(MessageJsonPlan plan) : JsonConverter<TMessage>
        where TMessage : IMessage
    {
        public override TMessage Read(ref Utf8JsonReader reader, System.Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException($"{typeof(TMessage).Name} is a response and is never read from JSON.");

        public override void Write(Utf8JsonWriter writer, TMessage value, JsonSerializerOptions options) => plan.Write(writer, value);
    }
}
