using Jyotishika.Server;
using Jyotishika.Server.Configuration;

try
{
    var app = JyotishikaServer.Build(args);
    await app.RunAsync().ConfigureAwait(false);
    return 0;
}
catch (ConfigurationException invalid)
{
    // One clear line for operators instead of a stack trace.
    await Console.Error.WriteLineAsync($"Jyotishika cannot start: {invalid.Message}").ConfigureAwait(false);
    return 2;
}
