try
{
    if (args.Length > 0 && args[0] == MigrateCommand.Name)
    {
        return await MigrateCommand.RunAsync(args[1..], Console.Out).ConfigureAwait(false);
    }

    if (args.Length > 0 && args[0] == BuildFastPathCommand.Name)
    {
        return await BuildFastPathCommand.RunAsync(args[1..], Console.Out).ConfigureAwait(false);
    }

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
catch (StoreUnavailableException unavailable)
{
    await Console.Error.WriteLineAsync($"Jyotishika cannot migrate: {unavailable.Store} is not reachable.").ConfigureAwait(false);
    return 3;
}
