namespace Connectors.Abstractions;

/// <summary>An input item a source skipped, with where it is and why, so the run goes on and the operator can fix it.</summary>
/// <param name="Location">Where, for example <c>answers.csv:42</c> or an API item id.</param>
/// <param name="Reason">What is wrong and, where possible, how to fix it.</param>
public sealed record SourceProblem(string Location, string Reason);
