namespace Connectors.Abstractions;

/// <summary>Whether a plugin reads from a channel or writes to a tool.</summary>
public enum PluginKind
{
    /// <summary>Reads customers, feedback and messages from a channel.</summary>
    Source,

    /// <summary>Pushes customers and feedback to a CRM or helpdesk.</summary>
    Sink,

    /// <summary>Annotates feedback: its connectors also implement <see cref="IEnricher"/>.</summary>
    Enricher,
}
