global using Connectors.Plugins.HubSpot.Tests.Support;
global using Connectors.TestKit;
