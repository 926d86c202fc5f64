namespace Connectors.TestKit.Conformance.Internal;

/// <summary>One failed options rule: the member's path in the connector's <c>options</c> JSON (empty for the whole object) and the message.</summary>
internal sealed record OptionFailure(string Path, string Message, bool MemberExists);
