using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;
using Jyotishika.Server.Features.Charts;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.V1;
using Microsoft.Extensions.DependencyInjection;

namespace Jyotishika.Server.Tests;

/// <summary>ComputeCharts: one result per request in request order, each item succeeding or failing on its own.</summary>
public sealed class ChartBatchTests
{
    private static ChartService.ChartServiceClient Client => new(ServerFixture.Grpc);

    [Test]
    public async Task Every_item_of_a_batch_equals_the_single_call_for_the_same_request()
    {
        var requests = MixedRequests(60, seed: 7);
        var batch = new ComputeChartsRequest();
        batch.Requests.AddRange(requests);

        var response = await Client.ComputeChartsAsync(batch);

        Assert.That(response.Results, Has.Count.EqualTo(requests.Count));
        for (var i = 0; i < requests.Count; i++)
        {
            var single = await Client.ComputeChartAsync(requests[i]);
            Assert.That(response.Results[i].Status.Code, Is.Zero, response.Results[i].Status.Message);
            Assert.That(response.Results[i].Chart, Is.EqualTo(single), $"item {i}: {requests[i]}");
        }
    }

    [Test]
    public async Task A_bad_item_gets_its_own_invalid_argument_and_the_others_their_charts()
    {
        var good = ChartRequests.Pune1991();
        var badLatitude = ChartRequests.Pune1991();
        badLatitude.Latitude = 95;
        var badZone = ChartRequests.Pune1991();
        badZone.Tz = "Mars/Olympus_Mons";
        var outOfRange = ChartRequests.Pune1991();
        outOfRange.Datetime = "2400-06-01T00:00:00";
        var batch = new ComputeChartsRequest { Requests = { good, badLatitude, good, badZone, outOfRange, good } };

        var response = await Client.ComputeChartsAsync(batch);

        Assert.That(response.Results.Select(r => r.Status.Name), Is.EqualTo(new[]
        {
            "OK", "INVALID_ARGUMENT", "OK", "INVALID_ARGUMENT", "INVALID_ARGUMENT", "OK",
        }));
        Assert.That(response.Results[1].Status.Code, Is.EqualTo((int)StatusCode.InvalidArgument));
        Assert.That(response.Results[1].Status.FieldViolations.Select(v => v.Field), Is.EqualTo(new[] { "latitude" }));
        Assert.That(response.Results[1].Chart, Is.Null);
        Assert.That(response.Results[3].Status.FieldViolations.Select(v => v.Field), Does.Contain("tz"));
        Assert.That(response.Results[4].Status.FieldViolations.Select(v => v.Field), Does.Contain("datetime"));
        var single = await Client.ComputeChartAsync(good);
        Assert.That(response.Results[0].Chart, Is.EqualTo(single));
        Assert.That(response.Results[5].Chart, Is.EqualTo(single));
    }

    [TestCase(0)]
    [TestCase(10_001)]
    public void A_batch_outside_one_to_ten_thousand_requests_is_refused_naming_requests(int count)
    {
        var batch = new ComputeChartsRequest();
        batch.Requests.AddRange(Enumerable.Repeat(ChartRequests.Pune1991(), count));

        var refused = Assert.ThrowsAsync<RpcException>(async () => await Client.ComputeChartsAsync(batch));

        Assert.That(refused!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(refused.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations.Select(v => v.Field), Does.Contain("requests"));
    }

    [Test]
    public async Task A_batch_of_ten_thousand_answers_every_item_in_order()
    {
        var requests = MixedRequests(10_000, seed: 11, defaultsOnly: true);
        var batch = new ComputeChartsRequest();
        batch.Requests.AddRange(requests);
        var options = new CallOptions(deadline: DateTime.UtcNow.AddMinutes(2));

        // About 15 MB of answer: past gRPC's default 4 MiB receive limit, as the client package's 64 MiB default allows.
        using var channel = Grpc.Net.Client.GrpcChannel.ForAddress(
            $"http://127.0.0.1:{ServerFixture.GrpcPort}", new Grpc.Net.Client.GrpcChannelOptions { MaxReceiveMessageSize = 64 * 1024 * 1024 });
        var response = await new ChartService.ChartServiceClient(channel).ComputeChartsAsync(batch, options);
        TestContext.Out.WriteLine($"10,000 charts: {response.CalculateSize():N0} bytes");

        Assert.That(response.Results, Has.Count.EqualTo(10_000));
        Assert.That(response.Results.All(r => r.Status.Code == 0), Is.True);
        // Order is the request order although the server sorts by instant: spot-check items against single calls.
        foreach (var i in new[] { 0, 1, 4_999, 9_998, 9_999 })
        {
            Assert.That(response.Results[i].Chart, Is.EqualTo(await Client.ComputeChartAsync(requests[i])), $"item {i}");
        }
    }

    [Test]
    public async Task The_wire_form_encoded_per_result_is_byte_for_byte_the_answer_built_from_objects()
    {
        var batch = new ComputeChartsRequest();
        batch.Requests.AddRange(MixedRequests(700, seed: 11));
        var bad = ChartRequests.Pune1991();
        bad.Latitude = 95;
        batch.Requests.Insert(3, bad);
        batch.Requests.Add(bad);
        var computation = ServerFixture.Services.GetRequiredService<ChartBatchComputation>();

        var objects = await computation.ComputeAsync(batch, CancellationToken.None);
        var encoded = await computation.ComputeEncodedAsync(batch, CancellationToken.None);

        var bytes = encoded.ToByteArray();
        Assert.That(objects.Results, Has.Count.EqualTo(702));
        Assert.That(bytes, Is.EqualTo(objects.ToByteArray()), "same bytes on the wire");
        Assert.That(encoded.CalculateSize(), Is.EqualTo(bytes.Length));
        var parsed = ComputeChartsResponse.Parser.ParseFrom(bytes);
        Assert.That(parsed.Results, Has.Count.EqualTo(702), "a client reads every result");
        Assert.That(parsed.Results[3].Status.Name, Is.EqualTo("INVALID_ARGUMENT"));
        Assert.That(parsed.Results[0].Chart.Planets, Has.Count.AtLeast(9));
    }

    [Test]
    public async Task REST_batches_answer_a_json_result_per_request()
    {
        const string Body = """
            {"requests":[
              {"datetime":"1991-03-25T09:46:00","tz":"Asia/Kolkata","latitude":18.5204,"longitude":73.8567},
              {"datetime":"1991-03-25T09:46:00","tz":"Asia/Kolkata","latitude":95,"longitude":73.8567}
            ]}
            """;
        using var content = new StringContent(Body, Encoding.UTF8, "application/json");

        using var response = await ServerFixture.Rest.PostAsync(new Uri("/v1/charts:batch", UriKind.Relative), content);

        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        using var json = JsonDocument.Parse(text);
        var results = json.RootElement.GetProperty("results");
        Assert.That(results.GetArrayLength(), Is.EqualTo(2));
        Assert.That(results[0].GetProperty("status").GetProperty("name").GetString(), Is.EqualTo("OK"));
        Assert.That(results[0].GetProperty("chart").GetProperty("planets").GetArrayLength(), Is.EqualTo(9));
        Assert.That(results[1].GetProperty("status").GetProperty("name").GetString(), Is.EqualTo("INVALID_ARGUMENT"));
        Assert.That(results[1].GetProperty("status").GetProperty("fieldViolations")[0].GetProperty("field").GetString(), Is.EqualTo("latitude"));
    }

    /// <summary>Random births 1800–2399 with every kind of setting, each with an explicit offset or zone.</summary>
    private static List<ChartRequest> MixedRequests(int count, int seed, bool defaultsOnly = false)
    {
#pragma warning disable CA5394 // A seeded generator for reproducible test data.
        var random = new Random(seed);
        var requests = new List<ChartRequest>(count);
        HouseSystem[] houses = [HouseSystem.WholeSign, HouseSystem.Placidus, HouseSystem.Equal, HouseSystem.Porphyry, HouseSystem.Koch];
        Ayanamsha[] ayanamshas = [Ayanamsha.Lahiri, Ayanamsha.Raman, Ayanamsha.Krishnamurti, Ayanamsha.TrueCitra];
        for (var i = 0; i < count; i++)
        {
            var instant = new DateTime(1801, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(random.NextDouble() * 597 * 365.25 * 1440);
            var request = new ChartRequest
            {
                Datetime = instant.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                Latitude = Math.Round(random.NextDouble() * 120 - 60, 4),
                Longitude = Math.Round(random.NextDouble() * 360 - 180, 4),
            };
            if (!defaultsOnly)
            {
                request.HouseSystem = houses[random.Next(houses.Length)];
                request.Ayanamsha = ayanamshas[random.Next(ayanamshas.Length)];
                request.NodeType = random.Next(2) == 0 ? NodeType.Mean : NodeType.True;
                request.Positions = random.Next(4) == 0 ? PositionType.Geometric : PositionType.Apparent;
                request.IncludeOuterPlanets = random.Next(2) == 0;
                request.CalculationPath = random.Next(5) == 0 ? CalculationPath.Native : CalculationPath.Unspecified;
                if (random.Next(3) == 0)
                {
                    request.Vargas.Add(9);
                }
            }

            requests.Add(request);
        }
#pragma warning restore CA5394

        return requests;
    }
}
