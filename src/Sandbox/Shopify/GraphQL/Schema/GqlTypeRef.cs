namespace Connectors.Sandbox.Shopify.GraphQL.Schema;

/// <summary>A type reference as written in SDL: <c>String</c>, <c>ID!</c>, <c>[String!]!</c>.</summary>
internal sealed record GqlTypeRef(string Name, bool NonNull, bool IsList = false, bool ItemNonNull = false)
{
    /// <summary>Parses the SDL spelling (one list level at most, which is all the emulator needs).</summary>
    public static GqlTypeRef Parse(string sdl)
    {
        var nonNull = sdl.EndsWith('!');
        var inner = nonNull ? sdl[..^1] : sdl;
        if (inner.StartsWith('[') && inner.EndsWith(']'))
        {
            var item = inner[1..^1];
            var itemNonNull = item.EndsWith('!');
            return new GqlTypeRef(itemNonNull ? item[..^1] : item, nonNull, IsList: true, ItemNonNull: itemNonNull);
        }

        return new GqlTypeRef(inner, nonNull);
    }

    public override string ToString()
    {
        var core = IsList ? $"[{Name}{(ItemNonNull ? "!" : string.Empty)}]" : Name;
        return NonNull ? core + "!" : core;
    }
}
