namespace Connectors.Sandbox.Zendesk;

/// <summary>Zendesk emulator settings fixed at start (the run-time ones are in <see cref="Knobs"/>).</summary>
public sealed class ZendeskOptions
{
    /// <summary>The account's subdomain, shown by <c>GET /_sandbox</c>.</summary>
    public string Subdomain { get; set; } = ZendeskDefaults.Subdomain;

    /// <summary>The agent whose API tokens are accepted; the agent is also the account's first user.</summary>
    public string Email { get; set; } = ZendeskDefaults.Email;

    /// <summary>API tokens the agent may authenticate with; all share the account's rate limit, as on Zendesk.</summary>
    public IList<string> ApiTokens { get; } = [ZendeskDefaults.ApiToken];

    /// <summary>Initial run-time knobs.</summary>
    public ZendeskKnobs Knobs { get; set; } = new();

    /// <summary>Every problem with the values; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Subdomain))
        {
            errors.Add("subdomain must not be empty");
        }

        if (!Email.Contains('@', StringComparison.Ordinal))
        {
            errors.Add($"email must be an email address, was '{Email}'");
        }

        if (ApiTokens.Count == 0 || ApiTokens.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add("apiTokens must hold at least one non-empty token");
        }

        errors.AddRange(Knobs.Validate().Select(e => "knobs." + e));
        return errors;
    }
}
