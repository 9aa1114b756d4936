using System.Collections;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;
using Jyotishika.Server.Configuration;
using Jyotishika.Server.Platform.Rest.Json;
using Microsoft.AspNetCore.Grpc.JsonTranscoding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Jyotishika.Server.Tests.Rest;

/// <summary>
/// The plan-based response writer is a speed-up, not a new format: for every response type it takes, its JSON must be
/// byte-for-byte what transcoding's own serializer writes with the server's settings.
/// </summary>
public sealed class ResponseJsonWriterTests
{
    // The server's own options (writer included) and a twin without the writer: transcoding resolves message types
    // through the descriptor registry the server fills while mapping its services, so the twin borrows that registry.
    // Index 0: unary answers; 1: server-streaming messages (transcoding keeps separate options for each).
    private static readonly Lazy<JsonSerializerOptions[]> WithWriter = new(() =>
        [.. TranscodingJsonSetup.SerializerOptions(ServerOptions())]);

    private static readonly Lazy<JsonSerializerOptions[]> Transcoding = new(() =>
    {
        var twin = Settings();
        var registry = typeof(GrpcJsonTranscodingOptions).GetProperty("DescriptorRegistry", BindingFlags.NonPublic | BindingFlags.Instance)!;
        registry.SetValue(twin, registry.GetValue(ServerOptions()));
        return [.. TranscodingJsonSetup.SerializerOptions(twin)];
    });

    public static IEnumerable<System.Type> ResponseTypes() =>
        new ResponseJsonTypeInfoResolver(TranscodingJsonSetup.ContractFiles, new JsonNames(Settings().JsonSettings)).Types
            .OrderBy(type => type.Name);

    [Test]
    public void Writer_takes_the_hot_responses_and_never_a_type_a_request_contains()
    {
        var types = ResponseTypes().ToList();
        Assert.That(types, Does.Contain(typeof(Jyotishika.V1.ChartResponse)));
        Assert.That(types, Does.Contain(typeof(Jyotishika.V1.ComputeChartsResponse)));
        Assert.That(types, Does.Contain(typeof(Jyotishika.V1.DashaResponse)));
        var readable = TranscodingJsonSetup.ContractFiles.SelectMany(file => file.Services).SelectMany(service => service.Methods)
            .Select(method => method.InputType.ClrType);
        Assert.That(types.Intersect(readable), Is.Empty);
    }

    [TestCaseSource(nameof(ResponseTypes))]
    public void Writer_output_equals_transcoding_for_random_messages(System.Type type)
    {
        var descriptor = (MessageDescriptor)type.GetProperty("Descriptor")!.GetValue(null)!;
        var random = new Random(20261126);
        for (var i = 0; i < 200; i++)
        {
            var message = RandomMessages.Create(descriptor, random, depth: 0);
            for (var options = 0; options < 2; options++)
            {
                var expected = JsonSerializer.Serialize(message, type, Transcoding.Value[options]);
                var actual = JsonSerializer.Serialize(message, type, WithWriter.Value[options]);
                Assert.That(actual, Is.EqualTo(expected), $"message {i}, options {options}: {message}");
            }
        }
    }

    [Test]
    public void Writer_output_equals_transcoding_for_an_empty_response_of_each_type()
    {
        foreach (var type in ResponseTypes())
        {
            var message = Activator.CreateInstance(type)!;
            for (var options = 0; options < 2; options++)
            {
                var expected = JsonSerializer.Serialize(message, type, Transcoding.Value[options]);
                Assert.That(JsonSerializer.Serialize(message, type, WithWriter.Value[options]), Is.EqualTo(expected), type.Name);
            }
        }
    }

    private static GrpcJsonTranscodingOptions Settings()
    {
        var transcoding = new GrpcJsonTranscodingOptions();
        TranscodingJsonSetup.ApplySettings(transcoding);
        return transcoding;
    }

    private static GrpcJsonTranscodingOptions ServerOptions() =>
        ServerFixture.Services.GetRequiredService<IOptions<GrpcJsonTranscodingOptions>>().Value;

    /// <summary>Messages with every field randomly set, left unset, or set to an edge value.</summary>
    private static class RandomMessages
    {
        private static readonly string[] Strings = ["", "Virgo", "Uttara Ashadha", "quote \" back\\slash", "tab\tnew\nline", "देवनागरी", "<script>&'", "\u0001"];
        private static readonly double[] Doubles = [0, -0.0, 1, -1.5, 1e-7, -2.148603602904918E-05, 1e21, 123456.789, double.NaN,
            double.PositiveInfinity, double.NegativeInfinity, double.Epsilon, double.MaxValue, 0.1 + 0.2];

        public static IMessage Create(MessageDescriptor descriptor, Random random, int depth)
        {
            var message = (IMessage)Activator.CreateInstance(descriptor.ClrType)!;
            foreach (var field in descriptor.Fields.InDeclarationOrder())
            {
                if (field.IsRepeated)
                {
                    var list = (IList)field.Accessor.GetValue(message);
                    var count = depth > 3 ? 0 : random.Next(0, 4);
                    for (var i = 0; i < count; i++)
                    {
                        list.Add(Value(field, random, depth));
                    }
                }
                else if (random.Next(5) > 0 && (field.FieldType != FieldType.Message || depth <= 3))
                {
                    field.Accessor.SetValue(message, Value(field, random, depth));
                }
            }

            return message;
        }

        private static object Value(FieldDescriptor field, Random random, int depth) => field.FieldType switch
        {
            FieldType.Double => Pick(Doubles, random) * (random.Next(2) == 0 ? 1 : random.NextDouble()),
            FieldType.Float => (float)Pick(Doubles, random),
            FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => Pick([0, 1, -1, int.MaxValue, int.MinValue, 27], random),
            FieldType.UInt32 or FieldType.Fixed32 => Pick([0u, 1u, uint.MaxValue], random),
            FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => Pick([0L, -1L, long.MaxValue, long.MinValue, 1_234_567L], random),
            FieldType.UInt64 or FieldType.Fixed64 => Pick([0UL, ulong.MaxValue, 42UL], random),
            FieldType.Bool => random.Next(2) == 0,
            FieldType.String => Pick(Strings, random),
            FieldType.Bytes => ByteString.CopyFrom(Encoding.UTF8.GetBytes(Pick(Strings, random))),
            FieldType.Enum => System.Enum.ToObject(field.EnumType.ClrType,
                random.Next(6) == 0 ? 999 : Pick(field.EnumType.Values.Select(value => value.Number).ToArray(), random)),
            FieldType.Message when field.MessageType.FullName == Timestamp.Descriptor.FullName => new Timestamp
            {
                Seconds = random.NextInt64(-5_364_662_400, 13_569_465_600),
                Nanos = Pick([0, 500_000_000, 123_000, 7, 999_999_999], random),
            },
            FieldType.Message => Create(field.MessageType, random, depth + 1),
            _ => throw new NotSupportedException(field.FieldType.ToString()),
        };

        private static T Pick<T>(T[] values, Random random) => values[random.Next(values.Length)];
    }
}
