using System.Globalization;
using ContosoConnector.Tests;

// dotnet run --project tools/ContosoConnector.FakeApi [-- --port 5080]: serves the fake API until Ctrl+C.
var port = 5080;
if (args is ["--port", var given] && int.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed is > 0 and < 65536)
{
    port = parsed;
}
else if (args.Length > 0)
{
    Console.Error.WriteLine("usage: ContosoConnector.FakeApi [--port <1-65535>]   (default 5080, as in connectors.local.json)");
    return 2;
}

await using var api = await FakeContosoConnectorApi.StartAsync(port);
Console.WriteLine($"Fake ContosoConnector API on {api.BaseUrl}; Ctrl+C stops it.");
var stopped = new TaskCompletionSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stopped.TrySetResult();
};
AppDomain.CurrentDomain.ProcessExit += (_, _) => stopped.TrySetResult();
await stopped.Task;
return 0;
