using Connectors.Sandbox.Framework;

namespace Connectors.Sandbox.Amazon.Data;

/// <summary>The seller's catalogue: a fixed list of products whose ASINs, SKUs and prices follow from the seed.</summary>
public sealed class Catalog
{
    private static readonly string[] Titles =
    [
        "Bamboo Cutting Board Set", "Stainless Steel Water Bottle 750 ml", "Ceramic Pour-Over Coffee Dripper", "Linen Tea Towels (3 pack)",
        "Cast Iron Skillet 26 cm", "Silicone Baking Mat", "Glass Food Storage Containers", "Chef's Knife 20 cm",
        "Merino Wool Hiking Socks", "Packable Rain Jacket", "Insulated Lunch Bag", "Yoga Mat 6 mm",
        "Resistance Bands Set", "LED Desk Lamp", "Wireless Charging Pad", "USB-C Cable 2 m",
        "Noise-Cancelling Earbuds", "Portable Bluetooth Speaker", "Aroma Diffuser", "Scented Soy Candle",
        "Organic Cotton Bath Towel", "Memory Foam Pillow", "Weighted Blanket 7 kg", "Blackout Curtains",
        "Kids' Wooden Puzzle", "Plush Teddy Bear", "Dog Chew Toy", "Cat Scratching Post",
        "Garden Pruning Shears", "Herb Seed Starter Kit", "Bird Feeder", "Solar Path Lights (6 pack)",
    ];

    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private readonly Dictionary<string, Product> _byAsin;

    internal Catalog(int seed)
    {
        var stream = SandboxHash.Stream("amazon/product");
        Products = [.. Titles.Select((title, i) =>
        {
            var r = new DeterministicRandom(seed, stream, i);
            var asin = "B0" + Code(ref r, 8);
            var price = Math.Round(8m + r.Next(1, 120) + r.Next(0, 100) / 100m, 2);
            return new Product(i, asin, $"SBX-{i + 1:0000}", "X00" + Code(ref r, 7), title, price);
        })];
        _byAsin = Products.ToDictionary(p => p.Asin, StringComparer.Ordinal);
    }

    /// <summary>Every product, in catalogue order.</summary>
    public IReadOnlyList<Product> Products { get; }

    /// <summary>A product by ASIN, or null.</summary>
    public Product? Find(string asin) => _byAsin.GetValueOrDefault(asin);

    private static string Code(ref DeterministicRandom r, int length)
    {
        Span<char> chars = stackalloc char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = Alphabet[r.Next(Alphabet.Length)];
        }

        return new string(chars);
    }
}
