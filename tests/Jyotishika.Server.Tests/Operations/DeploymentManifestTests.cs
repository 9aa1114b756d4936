using System.Net;
using System.Text.RegularExpressions;
using Jyotishika.Server.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace Jyotishika.Server.Tests.Operations;

/// <summary>
/// deploy/kubernetes and deploy/compose.yaml, parsed: probes point at routes the server really answers on the port it
/// really listens on, the ports agree with the server's settings and the image's, the pods run unprivileged on a
/// read-only root, the grace period covers the drain and the shutdown timeout, and no secret value is committed.
/// </summary>
public sealed partial class DeploymentManifestTests
{
    private static readonly Lazy<IReadOnlyList<YamlMappingNode>> Kubernetes = new(() =>
        Directory.GetFiles(RepositoryFile.PathOf("deploy/kubernetes"), "*.yaml").Order(StringComparer.Ordinal)
            .SelectMany(path => Documents(File.ReadAllText(path))).ToList());

    private static YamlMappingNode Kind(string kind) =>
        Kubernetes.Value.Single(document => Text(document, "kind") == kind);

    private static YamlMappingNode Container => (YamlMappingNode)((YamlSequenceNode)Path(Kind("Deployment"), "spec", "template", "spec", "containers"))[0];

    private static YamlMappingNode Settings => (YamlMappingNode)Path(Kind("ConfigMap"), "data");

    [Test]
    public void Every_manifest_names_its_kind_and_the_app()
    {
        Assert.That(Kubernetes.Value.Select(document => Text(document, "kind")),
            Is.EquivalentTo(new[] { "ConfigMap", "Deployment", "HorizontalPodAutoscaler", "NetworkPolicy", "PodDisruptionBudget", "Secret", "Service" }));
        Assert.That(Kubernetes.Value.Select(document => Text(document, "metadata", "name")), Is.All.EqualTo("jyotishika"));
    }

    [Test]
    public async Task Probes_ask_routes_the_server_answers_on_its_http_port()
    {
        var ports = ((YamlSequenceNode)Path(Container, "ports")).Cast<YamlMappingNode>()
            .ToDictionary(port => Text(port, "name"), port => int.Parse(Text(port, "containerPort"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.That(ports, Is.EquivalentTo(new Dictionary<string, int> { ["http"] = 8080, ["grpc"] = 8081 }));
        Assert.That((Text(Settings, "PORT"), Text(Settings, "GRPC_PORT")), Is.EqualTo(("8080", "8081")), "the ConfigMap binds what the pod exposes");
        Assert.That(RepositoryFile.Read("Dockerfile"), Does.Contain("PORT=8080").And.Contain("GRPC_PORT=8081"), "and the image agrees");

        foreach (var (probe, path) in new[] { ("startupProbe", "/healthz"), ("livenessProbe", "/healthz"), ("readinessProbe", "/readyz") })
        {
            Assert.That(Text(Container, probe, "httpGet", "path"), Is.EqualTo(path), probe);
            Assert.That(Text(Container, probe, "httpGet", "port"), Is.EqualTo("http"), probe);
            using var answer = await ServerFixture.Rest.GetAsync(new Uri(path, UriKind.Relative));
            Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{probe}: GET {path} on a ready server");
        }
    }

    [Test]
    public void Pods_run_unprivileged_on_a_read_only_root_with_a_writable_tmp()
    {
        var pod = (YamlMappingNode)Path(Kind("Deployment"), "spec", "template", "spec");
        Assert.Multiple(() =>
        {
            Assert.That(Text(pod, "securityContext", "runAsNonRoot"), Is.EqualTo("true"));
            Assert.That(Text(pod, "securityContext", "runAsUser"), Is.Not.EqualTo("0"));
            Assert.That(Text(Container, "securityContext", "readOnlyRootFilesystem"), Is.EqualTo("true"));
            Assert.That(Text(Container, "securityContext", "allowPrivilegeEscalation"), Is.EqualTo("false"));
            Assert.That(((YamlSequenceNode)Path(Container, "volumeMounts")).Cast<YamlMappingNode>().Select(m => Text(m, "mountPath")), Does.Contain("/tmp"));
            Assert.That(Path(Container, "resources", "requests"), Is.Not.Null);
            Assert.That(Path(Container, "resources", "limits"), Is.Not.Null);
        });
    }

    [Test]
    public void The_grace_period_covers_the_drain_and_the_shutdown_timeout()
    {
        var grace = int.Parse(Text(Kind("Deployment"), "spec", "template", "spec", "terminationGracePeriodSeconds"), System.Globalization.CultureInfo.InvariantCulture);
        var drain = int.Parse(Text(Settings, "SHUTDOWN_DRAIN_SECONDS"), System.Globalization.CultureInfo.InvariantCulture);
        var timeout = int.Parse(Text(Settings, "SHUTDOWN_TIMEOUT_SECONDS"), System.Globalization.CultureInfo.InvariantCulture);

        Assert.That(grace, Is.GreaterThan(drain + timeout));
    }

    [Test]
    public void The_service_routes_both_ports_and_marks_grpc_as_h2c()
    {
        var ports = ((YamlSequenceNode)Path(Kind("Service"), "spec", "ports")).Cast<YamlMappingNode>().ToList();

        Assert.That(ports.Select(p => (Text(p, "port"), Text(p, "targetPort"))), Is.EquivalentTo(new[] { ("8080", "http"), ("8081", "grpc") }));
        Assert.That(Text(ports.Single(p => Text(p, "name") == "grpc"), "appProtocol"), Is.EqualTo("kubernetes.io/h2c"));
        Assert.That(Text(Kind("PodDisruptionBudget"), "spec", "minAvailable"), Is.EqualTo("1"));
        Assert.That(Text(Kind("HorizontalPodAutoscaler"), "spec", "metrics"), Is.Not.Empty);
    }

    [Test]
    public void No_secret_value_is_committed()
    {
        var secret = (YamlMappingNode)Path(Kind("Secret"), "stringData");
        Assert.That(secret.Children.Values.Select(value => ((YamlScalarNode)value).Value), Is.All.EqualTo("REPLACE_ME"));
        string[] secretNames = ["SECRET_KEY", "GOOGLE_CLIENT_SECRET", "DATABASE_URL", "REDIS_URL", "POSTGRES_PASSWORD"];
        Assert.That(Settings.Children.Keys.Select(key => ((YamlScalarNode)key).Value), Has.None.AnyOf(secretNames), "secrets are not in the ConfigMap");

        var compose = Documents(RepositoryFile.Read("deploy/compose.yaml")).Single();
        var server = (YamlMappingNode)Path(compose, "services", "jyotishika");
        var environment = (YamlMappingNode)Path(server, "environment");
        Assert.That(environment.Children.Keys.Select(key => ((YamlScalarNode)key).Value), Has.None.AnyOf(secretNames));
        Assert.That(Text(server, "env_file"), Is.Not.Empty);
        Assert.That(Text(server, "deploy", "replicas"), Is.EqualTo("2"));
        Assert.That(Text(compose, "services", "postgres", "environment", "POSTGRES_PASSWORD"), Does.StartWith("${POSTGRES_PASSWORD:?"),
            "taken from the env file, never written here");
        foreach (var line in RepositoryFile.Read("deploy/jyotishika.env.example").Split('\n').Where(l => l.Contains('=', StringComparison.Ordinal)))
        {
            var (name, value) = (line[..line.IndexOf('=', StringComparison.Ordinal)], line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            Assert.That(secretNames.Contains(name) && name != "DATABASE_URL" && name != "REDIS_URL" ? value : string.Empty, Is.Empty, name);
        }

        Assert.That(RepositoryFile.Read(".gitignore"), Does.Contain("deploy/jyotishika.env"));
    }

    [Test]
    public void The_balancer_checks_readiness_for_both_ports_and_speaks_h2c_to_grpc()
    {
        var haproxy = RepositoryFile.Read("deploy/haproxy.cfg");

        Assert.That(HttpCheck().Matches(haproxy).Select(m => m.Groups[1].Value), Is.EqualTo(new[] { "/readyz", "/readyz" }));
        Assert.That(haproxy, Does.Contain("jyotishika:8081 proto h2").And.Contain("bind :8081 proto h2").And.Contain("check port 8080"));
    }

    private static IEnumerable<YamlMappingNode> Documents(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Select(document => (YamlMappingNode)document.RootNode);
    }

    private static YamlNode Path(YamlNode node, params string[] keys)
    {
        foreach (var key in keys)
        {
            node = ((YamlMappingNode)node).Children[new YamlScalarNode(key)];
        }

        return node;
    }

    private static string Text(YamlNode node, params string[] keys) => Path(node, keys) switch
    {
        YamlScalarNode scalar => scalar.Value ?? string.Empty,
        YamlSequenceNode sequence => string.Join(',', sequence.Select(item => item.ToString())),
        var other => other.ToString(),
    };

    [GeneratedRegex(@"option httpchk GET (\S+)")]
    private static partial Regex HttpCheck();
}
