using System.Globalization;
using System.Text.Json;

namespace Connectors.Sandbox.Tests;

internal static class Gids
{
    public static long Legacy(string? gid) => long.Parse(gid!.Split('/')[^1], CultureInfo.InvariantCulture);

    public static long Legacy(JsonElement node) => Legacy(node.GetProperty("id").GetString());
}
