using Xunit.Sdk;

namespace Connectors.TestKit.Conformance;

/// <summary>A plugin broke a rule of the contracts: the message says which check, what was found and how to fix it.</summary>
public sealed class ConformanceException : XunitException
{
    /// <summary>Creates the failure of one check.</summary>
    /// <param name="check">The check, for example <c>manifest</c>.</param>
    /// <param name="problems">Every problem found, one a line.</param>
    public ConformanceException(string check, IEnumerable<string> problems)
        : base($"Conformance check '{check}' failed:\n- {string.Join("\n- ", problems)}")
    {
        Check = check;
    }

    /// <summary>The check that failed.</summary>
    public string Check { get; }

    /// <summary>Throws when <paramref name="problems"/> holds any; all of them are reported at once.</summary>
    public static void ThrowIfAny(string check, IReadOnlyCollection<string> problems)
    {
        if (problems.Count > 0)
        {
            throw new ConformanceException(check, problems);
        }
    }

    /// <summary>Throws with one problem.</summary>
    public static ConformanceException Of(string check, string problem) => new(check, [problem]);
}
