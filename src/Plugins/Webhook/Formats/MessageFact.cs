namespace Connectors.Plugins.Webhook.Formats;

/// <summary>One labelled fact of a chat message: a Slack section field, a Teams FactSet entry.</summary>
internal sealed record MessageFact(string Name, string Value);
