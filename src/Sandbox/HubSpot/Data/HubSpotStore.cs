namespace Connectors.Sandbox.HubSpot.Data;

/// <summary>
/// The account's CRM data: contacts, notes, their associations and property definitions, with the unique-value
/// indexes HubSpot enforces (contact email, and every property created with <c>hasUniqueValue</c>). One lock guards
/// everything: a sink emulator's throughput is bounded by the rate limit long before by this lock.
/// </summary>
public sealed partial class HubSpotStore
{
    private static readonly string[] Types = [HubSpotObjectTypes.Contacts, HubSpotObjectTypes.Notes];
    private readonly Lock _gate = new();
    private readonly TimeProvider _clock;
    private readonly Func<HubSpotKnobs> _knobs;
    private readonly Dictionary<string, SortedDictionary<long, StoredObject>> _objects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, PropertyDefinition>> _properties = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, Dictionary<string, long>>> _unique = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _nextId = new(StringComparer.Ordinal);

    internal HubSpotStore(TimeProvider clock, Func<HubSpotKnobs> knobs)
    {
        _clock = clock;
        _knobs = knobs;
        Reset(keepProperties: false);
    }

    /// <summary>Every contact, in id order.</summary>
    public IReadOnlyList<HubSpotRecord> Contacts => All(HubSpotObjectTypes.Contacts);

    /// <summary>Every note, in id order, with its associations.</summary>
    public IReadOnlyList<HubSpotRecord> Notes => All(HubSpotObjectTypes.Notes);

    /// <summary>Every object of a type, in id order.</summary>
    public IReadOnlyList<HubSpotRecord> All(string objectType)
    {
        lock (_gate)
        {
            return [.. Objects(objectType).Values.Select(o => o.Snapshot())];
        }
    }

    /// <summary>An object by id, or <c>null</c>.</summary>
    public HubSpotRecord? Get(string objectType, string id)
    {
        lock (_gate)
        {
            return Find(objectType, id)?.Snapshot();
        }
    }

    /// <summary>The contact with an email address (case-insensitive), or <c>null</c>.</summary>
    public HubSpotRecord? FindContactByEmail(string email)
    {
        lock (_gate)
        {
            return FindUnique(HubSpotObjectTypes.Contacts, "email", email.Trim().ToLowerInvariant())?.Snapshot();
        }
    }

    /// <summary>Objects whose property equals a value (exact match).</summary>
    public IReadOnlyList<HubSpotRecord> FindByProperty(string objectType, string property, string value)
    {
        lock (_gate)
        {
            return [.. Objects(objectType).Values.Where(o => o.Properties.TryGetValue(property, out var v) && v == value).Select(o => o.Snapshot())];
        }
    }

    /// <summary>The property definitions of a type, built-in first.</summary>
    public IReadOnlyList<PropertyDefinition> Properties(string objectType)
    {
        lock (_gate)
        {
            return [.. _properties[objectType].Values];
        }
    }

    /// <summary>A property definition, or <c>null</c>.</summary>
    public PropertyDefinition? Property(string objectType, string name)
    {
        lock (_gate)
        {
            return _properties[objectType].GetValueOrDefault(name);
        }
    }

    /// <summary>Deletes every object; custom property definitions stay unless <paramref name="keepProperties"/> is false.</summary>
    public void Reset(bool keepProperties = true)
    {
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            foreach (var type in Types)
            {
                _objects[type] = [];
                _nextId[type] = type == HubSpotObjectTypes.Contacts ? 1001 : 70_000_000_001;
                if (!keepProperties || !_properties.TryGetValue(type, out var properties))
                {
                    _properties[type] = properties = BuiltInProperties.For(type, now).ToDictionary(p => p.Name, StringComparer.Ordinal);
                }

                _unique[type] = properties.Values.Where(p => IsUnique(type, p))
                    .ToDictionary(p => p.Name, _ => new Dictionary<string, long>(StringComparer.Ordinal), StringComparer.Ordinal);
            }
        }
    }

    /// <summary>Creates a custom property; refuses a taken name (409) or a unique property whose values already repeat.</summary>
    internal (PropertyDefinition? Definition, ApiError? Error) DefineProperty(string objectType, PropertyDefinition definition)
    {
        lock (_gate)
        {
            var properties = _properties[objectType];
            if (properties.ContainsKey(definition.Name))
            {
                return (null, new ApiError(409, "OBJECT_ALREADY_EXISTS", $"Property named '{definition.Name}' already exists."));
            }

            var now = _clock.GetUtcNow();
            definition = definition with { CreatedAt = now, UpdatedAt = now, HubspotDefined = false };
            if (IsUnique(objectType, definition))
            {
                var index = new Dictionary<string, long>(StringComparer.Ordinal);
                foreach (var o in Objects(objectType).Values)
                {
                    if (o.Properties.TryGetValue(definition.Name, out var v) && !index.TryAdd(v, o.Id))
                    {
                        return (null, ApiError.Validation($"Property {definition.Name} cannot have unique values: the value \"{v}\" is used more than once"));
                    }
                }

                _unique[objectType][definition.Name] = index;
            }

            properties[definition.Name] = definition;
            return (definition, null);
        }
    }

    private static bool IsUnique(string objectType, PropertyDefinition definition) =>
        definition.HasUniqueValue || (objectType == HubSpotObjectTypes.Contacts && definition.Name == "email");

    private SortedDictionary<long, StoredObject> Objects(string objectType) => _objects[objectType];

    private StoredObject? Find(string objectType, string id) =>
        long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? Objects(objectType).GetValueOrDefault(n)
            : null;

    private StoredObject? FindUnique(string objectType, string property, string value) =>
        _unique[objectType].TryGetValue(property, out var index) && index.TryGetValue(value, out var id) ? Objects(objectType)[id] : null;
}
