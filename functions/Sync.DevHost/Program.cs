using Sync.DevHost;

// Runs the function app's own classes without the Functions host: see README, "Run it".
await using var app = await DevHost.BuildAsync(args);
await app.RunAsync();
