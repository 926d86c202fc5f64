using Connectors.Plugins.Zendesk.Client.Models;

namespace Connectors.Plugins.Zendesk.Client;

/// <summary>The typed Zendesk calls the connector makes.</summary>
internal sealed class ZendeskApi(ZendeskClient client)
{
    public async Task<UserDto> MeAsync(CancellationToken ct) =>
        (await client.SendAsync(HttpMethod.Get, "api/v2/users/me", null, null, ct)).Read<UserResponse>().User
        ?? throw ZendeskException.Retry("Zendesk answered /users/me without a user");

    /// <summary><c>POST /api/v2/users/create_or_update</c>: matches on external id, then email.</summary>
    public async Task<UserDto> UpsertUserAsync(UserPayload user, CancellationToken ct)
    {
        var response = await client.SendAsync(HttpMethod.Post, "api/v2/users/create_or_update", new UserRequest(user), null, ct);
        return response.NotFound
            ? throw ZendeskException.Failed("Zendesk has no users/create_or_update endpoint at this address; check subdomain or endpoint")
            : response.Read<UserResponse>().User is { Id: not null } dto ? dto : throw ZendeskException.Retry("Zendesk answered create_or_update without a user id");
    }

    /// <summary>Every ticket with <paramref name="externalId"/> (Zendesk does not keep them unique).</summary>
    public async Task<IReadOnlyList<TicketDto>> TicketsByExternalIdAsync(string externalId, CancellationToken ct)
    {
        var response = await client.SendAsync(HttpMethod.Get, $"api/v2/tickets?external_id={Uri.EscapeDataString(externalId)}", null, null, ct);
        return response.NotFound ? [] : response.Read<TicketListResponse>().Tickets ?? [];
    }

    /// <summary>The ticket, or null when it no longer exists.</summary>
    public async Task<TicketDto?> TicketAsync(long id, CancellationToken ct)
    {
        var response = await client.SendAsync(HttpMethod.Get, $"api/v2/tickets/{id}", null, null, ct);
        return response.NotFound ? null : response.Read<TicketResponse>().Ticket;
    }

    /// <summary>The newest comments first (one page: enough to find what the connector wrote lately).</summary>
    public async Task<IReadOnlyList<CommentDto>> RecentCommentsAsync(long ticketId, CancellationToken ct)
    {
        var response = await client.SendAsync(HttpMethod.Get, $"api/v2/tickets/{ticketId}/comments?sort_order=desc", null, null, ct);
        return response.NotFound ? [] : response.Read<CommentListResponse>().Comments ?? [];
    }

    public async Task<TicketDto> CreateTicketAsync(TicketCreate ticket, string idempotencyKey, CancellationToken ct)
    {
        var response = await client.SendAsync(HttpMethod.Post, "api/v2/tickets", new TicketCreateRequest(ticket), idempotencyKey, ct);
        return response.NotFound
            ? throw ZendeskException.Failed("Zendesk has no tickets endpoint at this address; check subdomain or endpoint")
            : response.Read<TicketResponse>().Ticket ?? throw ZendeskException.Retry("Zendesk answered the ticket creation without a ticket");
    }

    /// <summary>The updated ticket, or null when it no longer exists.</summary>
    public async Task<TicketDto?> UpdateTicketAsync(long id, TicketUpdate update, CancellationToken ct)
    {
        var response = await client.SendAsync(HttpMethod.Put, $"api/v2/tickets/{id}", new TicketUpdateRequest(update), null, ct);
        return response.NotFound ? null : response.Read<TicketResponse>().Ticket;
    }
}
