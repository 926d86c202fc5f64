global using Connectors.Plugins.HubSpot.Tests.Support;
global using Connectors.TestKit;
global using Connectors.PluginSdk.Http;
global using Connectors.PluginSdk.Pacing;
