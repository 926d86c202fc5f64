using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Shopify.Data;

namespace Connectors.Sandbox.Surveys.Internal;

/// <summary>What every step of the generator reads: the sandbox's options, the plan, its people and its seeded shop.</summary>
internal sealed class SurveyContext(SandboxOptions options, SurveyExportPlan plan)
{
    private ShopifySeedData? _shop;

    public SandboxOptions Options { get; } = options;

    public SurveyExportPlan Plan { get; } = plan;

    public int Seed => Options.Seed;

    public SandboxPeople People { get; } = new(options.Seed);

    /// <summary>The same pure functions the Shopify emulator serves, so an order id here is an order there.</summary>
    public ShopifySeedData Shop => _shop ??= new ShopifySeedData(People, Options);
}
