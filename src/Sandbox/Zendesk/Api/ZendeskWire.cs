using System.Globalization;
using System.Text.Json;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Zendesk.Data;

namespace Connectors.Sandbox.Zendesk.Api;

/// <summary>Zendesk's JSON shapes (snake_case, <c>Z</c> times, nulls written) of users, tickets, comments and job statuses.</summary>
internal static class ZendeskWire
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = SandboxJson.Encoder,
    };

    public static string Serialize(object value) => JsonSerializer.Serialize(value, Options);

    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static object User(ZendeskUser u, string baseUrl) => new
    {
        u.Id,
        Url = $"{baseUrl}/api/v2/users/{u.Id}.json",
        u.Name,
        u.Email,
        u.Phone,
        u.ExternalId,
        u.Role,
        Active = true,
        Verified = false,
        Locale = "en-US",
        TimeZone = "UTC",
        Tags = Array.Empty<string>(),
        CreatedAt = Time(u.CreatedAt),
        UpdatedAt = Time(u.UpdatedAt),
    };

    public static object Ticket(ZendeskTicket t, string baseUrl) => new
    {
        t.Id,
        Url = $"{baseUrl}/api/v2/tickets/{t.Id}.json",
        t.ExternalId,
        Type = (string?)null,
        t.Subject,
        RawSubject = t.Subject,
        t.Description,
        t.Priority,
        t.Status,
        t.RequesterId,
        t.SubmitterId,
        AssigneeId = (long?)null,
        OrganizationId = (long?)null,
        GroupId = (long?)null,
        t.Tags,
        CustomFields = t.CustomFields.Select(f => new { f.Id, Value = f.Value is null ? (JsonElement?)null : JsonDocument.Parse(f.Value).RootElement.Clone() }),
        Via = new { Channel = "api" },
        ViaFollowupSourceId = t.FollowupSourceId,
        FollowupIds = Array.Empty<long>(),
        CommentCount = t.Comments.Count,
        CreatedAt = Time(t.CreatedAt),
        UpdatedAt = Time(t.UpdatedAt),
    };

    public static object Comment(ZendeskComment c) => new
    {
        c.Id,
        Type = "Comment",
        c.AuthorId,
        c.Body,
        HtmlBody = "<div class=\"zd-comment\"><p>" + System.Net.WebUtility.HtmlEncode(c.Body).Replace("\n", "<br>", StringComparison.Ordinal) + "</p></div>",
        PlainBody = c.Body,
        c.Public,
        Attachments = Array.Empty<object>(),
        CreatedAt = Time(c.CreatedAt),
    };

    public static object Audit(ZendeskTicket t, ZendeskComment? added) => new
    {
        // Audits have ids of their own on Zendesk; a range apart from comment ids keeps them distinct here.
        Id = (added?.Id ?? t.Comments[^1].Id) + 100_000_000_000,
        TicketId = t.Id,
        CreatedAt = Time(t.UpdatedAt),
        AuthorId = added?.AuthorId ?? t.SubmitterId,
        Events = added is null ? [] : new object[] { new { added.Id, Type = "Comment", added.Body, added.Public, added.AuthorId } },
    };

    public static object JobStatus(ZendeskJob job, string status, string baseUrl) => new
    {
        job.Id,
        Url = $"{baseUrl}/api/v2/job_statuses/{job.Id}.json",
        Total = job.Results.Count,
        Progress = status switch
        {
            "completed" => job.Results.Count,
            "working" => job.Results.Count / 2,
            _ => (int?)null,
        },
        Status = status,
        Message = status == "completed" ? $"Completed at {Time(job.CreatedAt)}" : null,
        Results = status == "completed" ? job.Results : null,
    };

    public static object Page<T>(string name, IReadOnlyList<T> items) => new Dictionary<string, object?>
    {
        [name] = items,
        ["next_page"] = null,
        ["previous_page"] = null,
        ["count"] = items.Count,
    };
}
