namespace Connectors.Sandbox.Zendesk.Data;

/// <summary>
/// The account's users and tickets, in memory and thread-safe. The API endpoints change it; tests and the
/// control endpoints read it to assert, for example, exactly one ticket per actionable item.
/// </summary>
public sealed partial class ZendeskStore
{
    private const long FirstUserId = 360_000_000_001;
    private const long FirstCommentId = 900_000_000_001;

    private readonly Lock _gate = new();
    private readonly TimeProvider _clock;
    private readonly Dictionary<long, ZendeskUser> _users = [];
    private readonly Dictionary<string, long> _usersByEmail = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, long> _usersByExternalId = new(StringComparer.Ordinal);
    private readonly SortedDictionary<long, ZendeskTicket> _tickets = [];
    private long _nextUserId = FirstUserId;
    private long _nextTicketId = 1;
    private long _nextCommentId = FirstCommentId;

    internal ZendeskStore(TimeProvider clock, string agentEmail)
    {
        _clock = clock;
        var now = clock.GetUtcNow();
        var agent = new ZendeskUser(_nextUserId++, "Sandbox Agent", agentEmail.ToLowerInvariant(), null, null, "admin", now, now);
        AgentId = agent.Id;
        Index(agent);
    }

    /// <summary>The id of the agent the API token belongs to: the submitter of every ticket created through the API.</summary>
    public long AgentId { get; }

    /// <summary>Every user, the agent first, by id.</summary>
    public IReadOnlyList<ZendeskUser> Users
    {
        get
        {
            lock (_gate)
            {
                return [.. _users.Values.OrderBy(u => u.Id)];
            }
        }
    }

    /// <summary>Every ticket, by id.</summary>
    public IReadOnlyList<ZendeskTicket> Tickets
    {
        get
        {
            lock (_gate)
            {
                return [.. _tickets.Values];
            }
        }
    }

    /// <summary>A user by id, or null.</summary>
    public ZendeskUser? GetUser(long id)
    {
        lock (_gate)
        {
            return _users.GetValueOrDefault(id);
        }
    }

    /// <summary>The user with this external id, or null.</summary>
    public ZendeskUser? FindUserByExternalId(string externalId)
    {
        lock (_gate)
        {
            return _usersByExternalId.TryGetValue(externalId, out var id) ? _users[id] : null;
        }
    }

    /// <summary>The user with this email (case-insensitive), or null.</summary>
    public ZendeskUser? FindUserByEmail(string email)
    {
        lock (_gate)
        {
            return _usersByEmail.TryGetValue(email.Trim(), out var id) ? _users[id] : null;
        }
    }

    /// <summary>A ticket by id, or null.</summary>
    public ZendeskTicket? GetTicket(long id)
    {
        lock (_gate)
        {
            return _tickets.GetValueOrDefault(id);
        }
    }

    /// <summary>Every ticket with this external id (Zendesk does not make them unique), oldest first.</summary>
    public IReadOnlyList<ZendeskTicket> TicketsByExternalId(string externalId)
    {
        lock (_gate)
        {
            return [.. _tickets.Values.Where(t => string.Equals(t.ExternalId, externalId, StringComparison.Ordinal))];
        }
    }

    /// <summary>Sets a ticket's status as an agent would (for example <c>solved</c> or <c>closed</c>).</summary>
    /// <exception cref="KeyNotFoundException">No such ticket.</exception>
    /// <exception cref="ArgumentException">Not a Zendesk status.</exception>
    public ZendeskTicket SetTicketStatus(long id, string status)
    {
        if (!ZendeskVocabulary.Statuses.Contains(status, StringComparer.Ordinal))
        {
            throw new ArgumentException($"status must be one of {string.Join(", ", ZendeskVocabulary.Statuses)}, was '{status}'", nameof(status));
        }

        lock (_gate)
        {
            var ticket = _tickets.GetValueOrDefault(id) ?? throw new KeyNotFoundException($"ticket {id} does not exist");
            return _tickets[id] = ticket with { Status = status, UpdatedAt = _clock.GetUtcNow() };
        }
    }

    /// <summary>Forgets every user but the agent, and every ticket.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            var agent = _users[AgentId];
            _users.Clear();
            _usersByEmail.Clear();
            _usersByExternalId.Clear();
            _tickets.Clear();
            Index(agent);
        }
    }

    private void Index(ZendeskUser user)
    {
        _users[user.Id] = user;
        if (user.Email is not null)
        {
            _usersByEmail[user.Email] = user.Id;
        }

        if (user.ExternalId is not null)
        {
            _usersByExternalId[user.ExternalId] = user.Id;
        }
    }

    private void Unindex(ZendeskUser user)
    {
        if (user.Email is not null)
        {
            _usersByEmail.Remove(user.Email);
        }

        if (user.ExternalId is not null)
        {
            _usersByExternalId.Remove(user.ExternalId);
        }
    }
}
