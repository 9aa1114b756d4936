using Jyotishika.Server;

var app = JyotishikaServer.Build(args);
await app.RunAsync().ConfigureAwait(false);
