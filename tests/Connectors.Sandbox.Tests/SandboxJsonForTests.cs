using System.Text.Json;

namespace Connectors.Sandbox.Tests;

internal static class SandboxJsonForTests
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
