namespace Connectors.Sandbox.Meta.Webhooks;

/// <summary>One webhook POST as composed: the exact body and signature every attempt of it sends.</summary>
/// <param name="Id">Sandbox number of the delivery (Meta sends no delivery id: receivers de-duplicate on message ids).</param>
/// <param name="WebhookObject">The <c>object</c> of the body.</param>
/// <param name="Body">The body bytes.</param>
/// <param name="Signature">The <c>X-Hub-Signature-256</c> header sent.</param>
/// <param name="MessageIds">The message ids it reports (statuses report the brand's message id).</param>
/// <param name="Forged">True when signed with another secret or a chosen signature.</param>
/// <param name="DuplicateOf">The delivery it repeats byte for byte, or null.</param>
public sealed record MetaDelivery(long Id, string WebhookObject, ReadOnlyMemory<byte> Body, string Signature, IReadOnlyList<string> MessageIds, bool Forged, long? DuplicateOf);
