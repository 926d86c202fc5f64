global using Connectors.Plugins.Shopify.Tests.Support;
global using Connectors.TestKit;
global using Connectors.PluginSdk.Pacing;
