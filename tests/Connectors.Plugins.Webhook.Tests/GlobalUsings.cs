global using Connectors.Plugins.Webhook.Tests.Support;
global using Connectors.TestKit;
global using Connectors.PluginSdk.Pacing;
