global using Connectors.Plugins.Zendesk.Tests.Support;
global using Connectors.TestKit;
global using Connectors.PluginSdk.Pacing;
