using Connectors.Sandbox.Amazon;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.HubSpot;
using Connectors.Sandbox.Meta;
using Connectors.Sandbox.Shopify;
using Connectors.Sandbox.Trustpilot;
using Connectors.Sandbox.Webhook;
using Connectors.Sandbox.Zendesk;

namespace Connectors.Sandbox;

/// <summary>The emulators that ship with the sandbox; <see cref="SandboxOptions.Emulators"/> starts with all of them.</summary>
public static class SandboxEmulators
{
    /// <summary>Shopify Admin GraphQL.</summary>
    public static ISandboxEmulatorFactory Shopify { get; } =
        SandboxEmulatorFactory.Create("shopify", c => new ShopifyEmulator(c.Options, c.People, c.Vendor));

    /// <summary>Zendesk Support.</summary>
    public static ISandboxEmulatorFactory Zendesk { get; } =
        SandboxEmulatorFactory.Create(ZendeskEmulator.VendorName, c => new ZendeskEmulator(c.Options, c.Vendor));

    /// <summary>HubSpot CRM.</summary>
    public static ISandboxEmulatorFactory HubSpot { get; } =
        SandboxEmulatorFactory.Create("hubspot", c => new HubSpotEmulator(c.Options, c.Vendor));

    /// <summary>The webhook receiver (signed hooks, Slack, Teams).</summary>
    public static ISandboxEmulatorFactory Webhook { get; } =
        SandboxEmulatorFactory.Create(WebhookEmulator.VendorName, c => new WebhookEmulator(c.Options, c.Vendor));

    /// <summary>Amazon Selling Partner API (options from <see cref="SandboxOptions.Amazon"/>).</summary>
    public static ISandboxEmulatorFactory Amazon { get; } =
        SandboxEmulatorFactory.Create(AmazonEmulator.VendorName, c => new AmazonEmulator(c, c.Options.Amazon));

    /// <summary>Trustpilot business-unit reviews (options from <see cref="SandboxOptions.Trustpilot"/>).</summary>
    public static ISandboxEmulatorFactory Trustpilot { get; } =
        SandboxEmulatorFactory.Create(TrustpilotEmulator.VendorName, c => new TrustpilotEmulator(c, c.Options.Trustpilot));

    /// <summary>Meta: WhatsApp Cloud API, Messenger and Instagram (options from <see cref="SandboxOptions.Meta"/>).</summary>
    public static ISandboxEmulatorFactory Meta { get; } =
        SandboxEmulatorFactory.Create(MetaEmulator.VendorName, c => new MetaEmulator(c, c.Options.Meta));

    /// <summary>Every built-in emulator, in the order the sandbox lists them.</summary>
    public static IReadOnlyList<ISandboxEmulatorFactory> BuiltIn { get; } = [Shopify, Amazon, Trustpilot, Zendesk, HubSpot, Webhook, Meta];
}
