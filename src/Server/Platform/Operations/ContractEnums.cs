using Google.Protobuf.Reflection;
using Jyotishika.Server.Platform.Health;
using Jyotishika.Server.Platform.Rest.Json;

namespace Jyotishika.Server.Platform.Operations;

/// <summary>
/// The proto enum behind each generated C# enum of the contract (and of the files it imports): Swashbuckle hands the
/// schema filters a CLR type, while the JSON names live on the descriptor.
/// </summary>
internal static class ContractEnums
{
    private static readonly Lazy<Dictionary<Type, EnumDescriptor>> ByClrType = new(Build);

    public static EnumDescriptor? Find(Type clrType) => ByClrType.Value.GetValueOrDefault(clrType);

    private static Dictionary<Type, EnumDescriptor> Build()
    {
        var enums = new Dictionary<Type, EnumDescriptor>();
        var files = new HashSet<FileDescriptor>();
        var pending = new Stack<FileDescriptor>(TranscodingJsonSetup.ContractFiles);
        while (pending.TryPop(out var file))
        {
            if (!files.Add(file))
            {
                continue;
            }

            foreach (var dependency in file.Dependencies)
            {
                pending.Push(dependency);
            }

            foreach (var type in file.EnumTypes.Concat(file.MessageTypes.SelectMany(NestedEnums)))
            {
                if (type.ClrType is { } clrType)
                {
                    enums.TryAdd(clrType, type);
                }
            }
        }

        return enums;
    }

    private static IEnumerable<EnumDescriptor> NestedEnums(MessageDescriptor message) =>
        message.EnumTypes.Concat(message.NestedTypes.SelectMany(NestedEnums));
}
