using Graph.Cli;

return await CliApp.RunAsync(args).ConfigureAwait(false);
