using Graph.LoadTest;

return await LoadTestApp.RunAsync(args).ConfigureAwait(false);
