using Connectors.Host.Cli;

return await CliApp.RunAsync(args);
