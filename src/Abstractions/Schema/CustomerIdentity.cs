namespace Connectors.Abstractions;

/// <summary>One identity of a customer on one channel.</summary>
/// <param name="Channel">The channel, see <see cref="Channels"/>.</param>
/// <param name="ExternalId">The customer's id on that channel (a customer id, a phone number, a PSID...).</param>
public sealed record CustomerIdentity(string Channel, string ExternalId);
