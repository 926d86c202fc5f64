global using Connectors.Plugins.Webhook.Tests.Support;
