namespace Connectors.Sandbox.Zendesk.Data;

/// <summary>Users: create or update, matching on external id first and email second, as Zendesk documents.</summary>
public sealed partial class ZendeskStore
{
    /// <summary>Creates or updates a user; null with <paramref name="errors"/> filled when the input is invalid.</summary>
    internal (ZendeskUser User, bool Created)? UpsertUser(UserInput input, RecordErrors errors)
    {
        var email = input.Email?.Trim().ToLowerInvariant();
        if (email is { Length: > 0 } && !ZendeskVocabulary.IsEmail(email))
        {
            errors.Add("email", $"Email: {input.Email} is not properly formatted", "InvalidFormat");
        }

        lock (_gate)
        {
            var byExternal = input.ExternalId is { Length: > 0 } ext && _usersByExternalId.TryGetValue(ext, out var e) ? _users[e] : null;
            var byEmail = email is { Length: > 0 } && _usersByEmail.TryGetValue(email, out var m) ? _users[m] : null;
            if (byExternal is not null && byEmail is not null && byExternal.Id != byEmail.Id)
            {
                errors.Add("email", $"Email: {email} is already being used by another user", "DuplicateValue");
            }

            var existing = byExternal ?? byEmail;
            if (existing is null && string.IsNullOrWhiteSpace(input.Name))
            {
                errors.Add("name", "Name: is too short (minimum one character)", "BlankValue");
            }

            if (!errors.IsEmpty)
            {
                return null;
            }

            var now = _clock.GetUtcNow();
            if (existing is null)
            {
                var created = new ZendeskUser(_nextUserId++, input.Name!.Trim(), Blank(email), Blank(input.Phone), Blank(input.ExternalId), "end-user", now, now);
                Index(created);
                return (created, true);
            }

            var updated = existing with
            {
                Name = string.IsNullOrWhiteSpace(input.Name) ? existing.Name : input.Name.Trim(),
                Email = Blank(email) ?? existing.Email,
                Phone = Blank(input.Phone) ?? existing.Phone,
                ExternalId = Blank(input.ExternalId) ?? existing.ExternalId,
                UpdatedAt = now,
            };
            Unindex(existing);
            Index(updated);
            return (updated, false);
        }
    }

    /// <summary>The requester of a new ticket given as <c>{"name","email"}</c>: the user with that email, or a new one.</summary>
    private ZendeskUser? RequesterByEmail(string? name, string? email, RecordErrors errors)
    {
        var address = email?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(address))
        {
            errors.Add("requester", "Requester: Email is required to create a requester", "BlankValue");
            return null;
        }

        if (!ZendeskVocabulary.IsEmail(address))
        {
            errors.Add("requester", $"Requester: Email: {email} is not properly formatted", "InvalidFormat");
            return null;
        }

        if (_usersByEmail.TryGetValue(address, out var id))
        {
            return _users[id];
        }

        var now = _clock.GetUtcNow();
        var user = new ZendeskUser(_nextUserId++, string.IsNullOrWhiteSpace(name) ? address.Split('@')[0] : name.Trim(), address, null, null, "end-user", now, now);
        Index(user);
        return user;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
