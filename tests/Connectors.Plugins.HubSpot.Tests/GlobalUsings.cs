global using Connectors.Plugins.HubSpot.Tests.Support;
