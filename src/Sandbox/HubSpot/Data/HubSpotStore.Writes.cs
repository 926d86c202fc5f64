namespace Connectors.Sandbox.HubSpot.Data;

/// <summary>Creates, updates and upserts, validated the way HubSpot validates them.</summary>
public sealed partial class HubSpotStore
{
    internal UpsertOutcome BatchUpsert(string objectType, IReadOnlyList<ObjectInput> inputs)
    {
        lock (_gate)
        {
            if (BatchShape(inputs) is { } shape)
            {
                return UpsertOutcome.Refused(shape);
            }

            var properties = _properties[objectType];
            foreach (var name in inputs.Select(i => i.IdProperty).Where(n => n is not null).Distinct(StringComparer.Ordinal))
            {
                if (!properties.TryGetValue(name!, out var definition) || !IsUnique(objectType, definition))
                {
                    return UpsertOutcome.Refused(ApiError.Validation(
                        $"Unable to perform update/upsert by non-unique {HubSpotObjectTypes.TypeId(objectType)} property {name} in portal ID {HubSpotDefaults.PortalId}"));
                }
            }

            var ids = inputs.Where(i => i.IdProperty is not null && i.Id is not null)
                .Select(i => NormalizeId(objectType, i.IdProperty!, i.Id!)).ToList();
            var duplicates = ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            if (duplicates.Count > 0)
            {
                return UpsertOutcome.Refused(ApiError.Validation($"Duplicate IDs found in batch input: [{string.Join(", ", duplicates)}]. IDs must be unique"));
            }

            if (Unknown(objectType, inputs.SelectMany(i => i.Properties.Keys)) is { } unknown)
            {
                return UpsertOutcome.Refused(unknown);
            }

            var results = new List<UpsertResult>();
            var errors = new List<ApiError>();
            foreach (var input in inputs)
            {
                var (result, error) = UpsertOne(objectType, input);
                if (result is not null)
                {
                    results.Add(result);
                }
                else
                {
                    var context = new Dictionary<string, IReadOnlyList<string>> { ["ids"] = [input.Id ?? ""] };
                    if (input.ObjectWriteTraceId is { } trace)
                    {
                        context["objectWriteTraceId"] = [trace];
                    }

                    errors.Add(error!.WithContext(context));
                }
            }

            return new UpsertOutcome(null, results, errors);
        }
    }

    internal (HubSpotRecord? Record, ApiError? Error) Create(string objectType, ObjectInput input)
    {
        lock (_gate)
        {
            if (Unknown(objectType, input.Properties.Keys) is { } unknown)
            {
                return (null, unknown);
            }

            var (prepared, error) = ValidateCreate(objectType, input, []);
            return error is not null ? (null, error) : (Insert(objectType, prepared!, input.Associations).Snapshot(), null);
        }
    }

    /// <summary>All or nothing: one invalid input or unique-value conflict refuses the whole batch.</summary>
    internal (IReadOnlyList<HubSpotRecord>? Records, ApiError? Error) BatchCreate(string objectType, IReadOnlyList<ObjectInput> inputs)
    {
        lock (_gate)
        {
            if (BatchShape(inputs) is { } shape)
            {
                return (null, shape);
            }

            if (Unknown(objectType, inputs.SelectMany(i => i.Properties.Keys)) is { } unknown)
            {
                return (null, unknown);
            }

            var claimed = new HashSet<(string, string)>();
            var prepared = new List<Dictionary<string, string>>();
            foreach (var input in inputs)
            {
                var (values, error) = ValidateCreate(objectType, input, claimed);
                if (error is not null)
                {
                    return (null, error);
                }

                prepared.Add(values!);
            }

            return ([.. prepared.Select((values, i) => Insert(objectType, values, inputs[i].Associations).Snapshot())], null);
        }
    }

    internal (HubSpotRecord? Record, ApiError? Error) Update(string objectType, string id, string? idProperty, Dictionary<string, string> values)
    {
        lock (_gate)
        {
            var target = idProperty is null ? Find(objectType, id) : FindUnique(objectType, idProperty, NormalizeId(objectType, idProperty, id));
            if (target is null)
            {
                return (null, ApiError.NotFound());
            }

            if (Unknown(objectType, values.Keys) is { } unknown)
            {
                return (null, unknown);
            }

            var (prepared, invalid) = Prepare(objectType, values);
            if (invalid.Count > 0)
            {
                return (null, ApiError.Validation(PropertyValidator.Message(invalid), invalid));
            }

            if (Conflict(objectType, prepared, target.Id, []) is { } conflict)
            {
                return (null, conflict);
            }

            Apply(target, prepared);
            return (target.Snapshot(), null);
        }
    }

    private (UpsertResult? Result, ApiError? Error) UpsertOne(string objectType, ObjectInput input)
    {
        if (input.IdProperty is null || string.IsNullOrEmpty(input.Id))
        {
            return (null, ApiError.Validation("Each upsert input needs an id and an idProperty"));
        }

        var values = new Dictionary<string, string>(input.Properties, StringComparer.Ordinal) { [input.IdProperty] = input.Id };
        var (prepared, invalid) = Prepare(objectType, values);
        if (invalid.Count > 0)
        {
            return (null, ApiError.Validation(PropertyValidator.Message(invalid), invalid));
        }

        var existing = FindUnique(objectType, input.IdProperty, prepared[input.IdProperty]);
        if (Conflict(objectType, prepared, existing?.Id, []) is { } conflict)
        {
            return (null, conflict);
        }

        var target = existing ?? Insert(objectType, [], []);
        Apply(target, prepared);
        return (new UpsertResult(target.Snapshot(), existing is null, input.ObjectWriteTraceId), null);
    }

    private (Dictionary<string, string>? Values, ApiError? Error) ValidateCreate(string objectType, ObjectInput input, HashSet<(string, string)> claimed)
    {
        var (prepared, invalid) = Prepare(objectType, input.Properties);
        if (objectType == HubSpotObjectTypes.Notes && !prepared.ContainsKey("hs_timestamp"))
        {
            invalid.Add(new ErrorDetail("hs_timestamp is required", "REQUIRED_FIELD", "hs_timestamp"));
        }

        if (invalid.Count > 0)
        {
            return (null, ApiError.Validation(PropertyValidator.Message(invalid), invalid));
        }

        if (Conflict(objectType, prepared, null, claimed) is { } conflict)
        {
            return (null, conflict);
        }

        return AssociationError(objectType, input.Associations) is { } bad ? (null, bad) : (prepared, null);
    }

    private ApiError? AssociationError(string objectType, IReadOnlyList<AssociationInput> associations)
    {
        foreach (var a in associations)
        {
            if (objectType != HubSpotObjectTypes.Notes || a.Category != "HUBSPOT_DEFINED" || a.TypeId != HubSpotDefaults.NoteToContactTypeId)
            {
                return ApiError.Validation(
                    $"association type id {a.TypeId} ({a.Category}) is not valid from {objectType}; the sandbox knows HUBSPOT_DEFINED {HubSpotDefaults.NoteToContactTypeId} (note to contact)");
            }

            if (Find(HubSpotObjectTypes.Contacts, a.ToId) is null)
            {
                return ApiError.Validation($"One or more associations are invalid: contact {a.ToId} does not exist");
            }
        }

        return null;
    }

    private ApiError? BatchShape<T>(IReadOnlyList<T> inputs)
    {
        var max = _knobs().MaxBatchInputs;
        return inputs.Count == 0 ? ApiError.Validation("inputs must not be empty")
            : inputs.Count > max ? ApiError.Validation($"The number of inputs, {inputs.Count}, exceeds the maximum of {max} per batch request")
            : null;
    }

    private ApiError? Unknown(string objectType, IEnumerable<string> names)
    {
        if (!_knobs().RejectUnknownProperties)
        {
            return null;
        }

        var missing = names.Distinct(StringComparer.Ordinal).Where(n => !_properties[objectType].ContainsKey(n)).ToList();
        if (missing.Count == 0)
        {
            return null;
        }

        var details = missing.Select(n => new ErrorDetail($"Property \"{n}\" does not exist", "PROPERTY_DOESNT_EXIST", n)).ToList();
        return ApiError.Validation(PropertyValidator.Message(details), details);
    }

    private (Dictionary<string, string> Values, List<ErrorDetail> Invalid) Prepare(string objectType, IReadOnlyDictionary<string, string> values)
    {
        var prepared = new Dictionary<string, string>(StringComparer.Ordinal);
        var invalid = new List<ErrorDetail>();
        foreach (var (name, value) in values)
        {
            if (!_properties[objectType].TryGetValue(name, out var definition))
            {
                prepared[name] = value; // unknown properties are only here when the knob accepts them
                continue;
            }

            if (definition.ReadOnlyValue)
            {
                continue; // HubSpot ignores writes to the properties it maintains
            }

            var normalized = PropertyValidator.Normalize(objectType, definition, value, out var error);
            if (error is not null)
            {
                invalid.Add(error);
            }
            else
            {
                prepared[name] = normalized!;
            }
        }

        return (prepared, invalid);
    }

    /// <summary>A 409 when a unique value is held by another object (or claimed earlier in the same batch).</summary>
    private ApiError? Conflict(string objectType, Dictionary<string, string> values, long? self, HashSet<(string, string)> claimed)
    {
        foreach (var (name, value) in values)
        {
            if (value.Length == 0 || !_unique[objectType].TryGetValue(name, out var index))
            {
                continue;
            }

            if (index.TryGetValue(value, out var holder) && holder != self)
            {
                var id = holder.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var what = HubSpotObjectTypes.Singular(objectType);
                return new ApiError(409, "CONFLICT", $"{what} already exists. Existing ID: {id}",
                    [new ErrorDetail($"A {what.ToLowerInvariant()} with {name} \"{value}\" already exists. Existing ID: {id}", "CONFLICT", name)]);
            }

            if (!claimed.Add((name, value)))
            {
                return ApiError.Validation($"Duplicate values for unique property {name} in batch input: [{value}]");
            }
        }

        return null;
    }

    private StoredObject Insert(string objectType, Dictionary<string, string> values, IReadOnlyList<AssociationInput> associations)
    {
        var now = _clock.GetUtcNow();
        var o = new StoredObject(_nextId[objectType]++, objectType, now);
        var (created, _) = BuiltInProperties.TimeProperties(objectType);
        o.Properties["hs_object_id"] = o.IdText;
        o.Properties[created] = PropertyValidator.Iso(now);
        o.Associations.AddRange(associations.Select(a => new HubSpotAssociation(HubSpotObjectTypes.Contacts, a.ToId, a.Category, a.TypeId)));
        Objects(objectType)[o.Id] = o;
        Apply(o, values);
        return o;
    }

    private void Apply(StoredObject o, Dictionary<string, string> values)
    {
        var unique = _unique[o.ObjectType];
        foreach (var (name, value) in values)
        {
            if (unique.TryGetValue(name, out var index) && o.Properties.TryGetValue(name, out var old))
            {
                index.Remove(old);
            }

            if (value.Length == 0)
            {
                o.Properties.Remove(name);
                continue;
            }

            o.Properties[name] = value;
            if (index is not null)
            {
                index[value] = o.Id;
            }
        }

        o.UpdatedAt = _clock.GetUtcNow();
        o.Properties[BuiltInProperties.TimeProperties(o.ObjectType).Modified] = PropertyValidator.Iso(o.UpdatedAt);
    }

    private static string NormalizeId(string objectType, string idProperty, string id) =>
        objectType == HubSpotObjectTypes.Contacts && idProperty == "email" ? id.Trim().ToLowerInvariant() : id;
}
