global using Connectors.Plugins.Shopify.Tests.Support;
