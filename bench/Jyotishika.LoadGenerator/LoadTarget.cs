namespace Jyotishika.LoadGenerator;

/// <summary>Which edge of the server the load goes to; both compute the same chart.</summary>
public enum LoadTarget
{
    /// <summary><c>jyotishika.v1.ChartService/ComputeChart</c> over cleartext HTTP/2 (the gRPC port).</summary>
    Grpc,

    /// <summary><c>POST /v1/chart</c> with the proto JSON body (HTTP/1.1 on the REST port, or h2c on the gRPC port).</summary>
    Rest,
}
