using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Connectors.Sandbox.Surveys.Internal;

/// <summary>Writes <c>truth.json</c> with one record per line, so it can be read, grepped and diffed.</summary>
internal static class TruthWriter
{
    public static void Write(string path, SurveyTruth truth)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        writer.WriteLine("{");
        writer.WriteLine($"  \"format\": {Json(SurveyTruth.Format)},");
        writer.WriteLine($"  \"version\": {Number(SurveyTruth.Version)},");
        writer.WriteLine($"  \"seed\": {Number(truth.Seed)},");
        writer.WriteLine($"  \"customers\": {Number(truth.Customers)},");
        writer.WriteLine($"  \"ordersPerCustomer\": {Number(truth.OrdersPerCustomer)},");
        writer.WriteLine($"  \"shopifyConnector\": {Json(truth.ShopifyConnector)},");
        writer.WriteLine($"  \"connectors\": [{string.Join(", ", truth.Connectors.Select(Json))}],");
        writer.WriteLine("  \"records\": [");
        for (var i = 0; i < truth.Records.Count; i++)
        {
            writer.Write("    ");
            writer.Write(JsonSerializer.Serialize(truth.Records[i], TruthJsonContext.Default.TruthRecord));
            writer.WriteLine(i + 1 < truth.Records.Count ? "," : "");
        }

        writer.WriteLine("  ]");
        writer.WriteLine("}");
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Json(string value) => JsonSerializer.Serialize(value, TruthJsonContext.Default.String);
}
