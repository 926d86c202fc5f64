using System.Globalization;
using System.Runtime.InteropServices;
using Connectors.Sandbox;
using Connectors.Sandbox.Shopify;
using Connectors.Sandbox.Surveys;

// dotnet run --project src/Sandbox -- --seed 42 --customers 1000 --orders-per-customer 2 --port 5080
//   [--plan standard|advanced|plus|enterprise] [--no-throttle] [--throttled-status 429] [--bulk-speed 500]
//   [--amazon-orders N] [--amazon-rate-scale 100] [--no-amazon-limits] [--amazon-feedback-share 0.25] [--amazon-critical-share 0.4] [--amazon-return-share 0.1]
//   [--trustpilot-reviews N] [--trustpilot-product-reviews N] [--no-trustpilot-limits]
//   [--write-surveys <dir>]   writes the survey exports of those people and their truth, then exits
//   [--meta-callback <url>]   where the Meta emulator delivers WhatsApp/Messenger/Instagram webhooks
var options = new SandboxOptions();
var knobs = options.Shopify.Knobs;
string? surveysDirectory = null;
for (var i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    int NextInt() => int.Parse(Next(), CultureInfo.InvariantCulture);
    switch (args[i])
    {
        case "--seed": options.Seed = NextInt(); break;
        case "--customers": options.Customers = NextInt(); break;
        case "--orders-per-customer": options.OrdersPerCustomer = NextInt(); break;
        case "--port": options.Port = NextInt(); break;
        case "--plan": knobs = knobs with { Plan = Enum.Parse<ShopifyPlan>(Next(), ignoreCase: true) }; break;
        case "--no-throttle": knobs = knobs with { ThrottlingEnabled = false }; break;
        case "--throttled-status": knobs = knobs with { ThrottledStatusCode = NextInt() }; break;
        case "--bulk-speed": knobs = knobs with { BulkObjectsPerSecond = double.Parse(Next(), CultureInfo.InvariantCulture) }; break;
        case "--amazon-orders": options.Amazon.Orders = long.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--amazon-rate-scale": options.Amazon.Knobs = options.Amazon.Knobs with { RateScale = double.Parse(Next(), CultureInfo.InvariantCulture) }; break;
        case "--no-amazon-limits": options.Amazon.Knobs = options.Amazon.Knobs with { UsagePlansEnabled = false }; break;
        case "--amazon-feedback-share": options.Amazon.FeedbackShare = double.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--amazon-critical-share": options.Amazon.CriticalFeedbackShare = double.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--amazon-return-share": options.Amazon.ReturnShare = double.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--trustpilot-reviews": options.Trustpilot.ServiceReviews = NextInt(); break;
        case "--trustpilot-product-reviews": options.Trustpilot.ProductReviews = NextInt(); break;
        case "--no-trustpilot-limits": options.Trustpilot.Knobs = options.Trustpilot.Knobs with { RateLimitsEnabled = false }; break;
        case "--write-surveys": surveysDirectory = Next(); break;
        case "--meta-callback": options.Meta.Knobs = options.Meta.Knobs with { CallbackUrl = Next() }; break;
        case "--help" or "-h":
            Console.WriteLine("usage: Connectors.Sandbox [--seed N] [--customers N] [--orders-per-customer N] [--port N] [--plan standard|advanced|plus|enterprise] [--no-throttle] [--throttled-status 200|429] [--bulk-speed objects/s] [--amazon-orders N] [--amazon-rate-scale X] [--no-amazon-limits] [--amazon-feedback-share 0-1] [--amazon-critical-share 0-1] [--amazon-return-share 0-1] [--trustpilot-reviews N] [--trustpilot-product-reviews N] [--no-trustpilot-limits]");
            Console.WriteLine("       [--meta-callback <url>]   (the Meta emulator's webhook callback; also PATCH /_sandbox/meta/settings)");
            Console.WriteLine("       Connectors.Sandbox --write-surveys <dir> [--seed N] [--customers N] [--orders-per-customer N]   (writes survey exports and their truth, then exits)");
            return 0;
        default:
            Console.Error.WriteLine($"unknown argument '{args[i]}' (try --help)");
            return 2;
    }
}

options.Shopify.Knobs = knobs;
var errors = options.Validate();
if (errors.Count > 0)
{
    foreach (var error in errors)
    {
        Console.Error.WriteLine(error);
    }

    return 2;
}

if (surveysDirectory is not null)
{
    var written = SurveyExports.Write(surveysDirectory, options);
    foreach (var line in SurveyExportReport.Describe(written))
    {
        Console.WriteLine(line);
    }

    return 0;
}

using var stop = new CancellationTokenSource();
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

await using var sandbox = await SandboxServer.StartAsync(options, stop.Token);
foreach (var line in sandbox.DescribeConnections())
{
    Console.WriteLine(line);
}

Console.WriteLine("press Ctrl+C to stop");
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
    // Ctrl+C or SIGTERM.
}

return 0;

void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}
