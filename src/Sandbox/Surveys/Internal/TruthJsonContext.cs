using System.Text.Json.Serialization;

namespace Connectors.Sandbox.Surveys.Internal;

/// <summary>Source-generated, camelCase serialisation of the truth file.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(TruthDocument))]
[JsonSerializable(typeof(TruthRecord))]
[JsonSerializable(typeof(string))]
internal sealed partial class TruthJsonContext : JsonSerializerContext;
