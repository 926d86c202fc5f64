namespace Connectors.Abstractions;

/// <summary>Text a route's Liquid template rendered for one item.</summary>
/// <param name="Subject">What the template assigned to <c>subject</c>, if anything: a ticket's subject, an email's.</param>
/// <param name="Body">The template's output: a ticket's body, a CRM note, a chat message, a JSON document.</param>
public sealed record RenderedContent(string? Subject, string Body);
