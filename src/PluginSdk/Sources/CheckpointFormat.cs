using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Connectors.PluginSdk.Sources;

/// <summary>
/// A source's checkpoint as strict JSON. A member this release does not know means a checkpoint of a newer release
/// or no checkpoint of ours at all: it is refused, rather than read as empty and the stream silently read again from
/// the start. Every refusal says "checkpoint", what was wrong, an example and how to reset.
/// </summary>
/// <typeparam name="T">The checkpoint document, serialisable by <c>resolver</c> (a <see cref="JsonSerializerContext"/>, so no reflection runs in the plugin).</typeparam>
public sealed class CheckpointFormat<T>
    where T : class
{
    private readonly JsonTypeInfo<T> _info;
    private readonly string _pluginId;
    private readonly string _example;
    private readonly string _reset;

    /// <param name="resolver">Where <typeparamref name="T"/>'s JSON metadata comes from: <c>[JsonSerializable(typeof(T))] partial class MyJsonContext : JsonSerializerContext</c>.</param>
    /// <param name="pluginId">The plugin's id, named in messages.</param>
    /// <param name="example">A valid checkpoint, shown in messages.</param>
    /// <param name="reset">What to do about it, shown in messages, such as "Reset the stream's checkpoint to backfill it again."</param>
    public CheckpointFormat(IJsonTypeInfoResolver resolver, string pluginId, string example, string reset)
    {
        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = resolver,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        _info = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        _pluginId = pluginId;
        _example = example;
        _reset = reset;
    }

    /// <summary>The document in <paramref name="checkpoint"/>, or <c>null</c> when there is none yet (a first run).</summary>
    /// <exception cref="InvalidOperationException">It is not a checkpoint of this release.</exception>
    public T? Read(string? checkpoint)
    {
        if (string.IsNullOrWhiteSpace(checkpoint))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(checkpoint, _info) ?? throw Invalid(checkpoint, "it is null");
        }
        catch (JsonException ex)
        {
            throw Invalid(checkpoint, ex.Message, ex);
        }
    }

    /// <summary>The checkpoint text of <paramref name="document"/>.</summary>
    public string Write(T document) => JsonSerializer.Serialize(document, _info);

    /// <summary>The error for a checkpoint that parses but makes no sense (a negative count, an unknown mode): throw it.</summary>
    public InvalidOperationException Invalid(string checkpoint, string why, Exception? inner = null) => new(
        $"The {_pluginId} checkpoint '{checkpoint}' is not valid ({why}); expected JSON such as {_example}. {_reset}",
        inner);
}
