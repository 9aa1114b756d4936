using Google.Protobuf.Reflection;
using Jyotishika.Server.Tests.Fuzzing;

namespace Jyotishika.Server.Tests.Golden;

/// <summary>The gRPC methods golden requests call, by their path (<c>jyotishika.v1.ChartService/ComputeChart</c>).</summary>
internal static class GoldenMethods
{
    private static readonly Dictionary<string, MethodDescriptor> ByPath =
        ContractRoutes.Grpc().Append(Grpc.Health.V1.Health.Descriptor.FindMethodByName("Check"))
            .ToDictionary(method => $"{method.Service.FullName}/{method.Name}", StringComparer.Ordinal);

    /// <summary>The method at <paramref name="path"/>, or null for a path the server does not serve.</summary>
    public static MethodDescriptor? Find(string path) => ByPath.GetValueOrDefault(path);
}
