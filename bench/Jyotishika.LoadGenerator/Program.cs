using Jyotishika.LoadGenerator;

return await LoadCommand.InvokeAsync(args).ConfigureAwait(false);
