global using Connectors.Plugins.Shopify.Tests.Support;
global using Connectors.TestKit;
