global using Connectors.Plugins.Zendesk.Tests.Support;
