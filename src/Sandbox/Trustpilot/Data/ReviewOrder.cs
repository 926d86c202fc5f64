namespace Connectors.Sandbox.Trustpilot.Data;

/// <summary>The orderings of the reviews endpoint (<c>orderBy</c>).</summary>
public enum ReviewOrder
{
    /// <summary><c>createdat.desc</c>, the default.</summary>
    CreatedDesc,

    /// <summary><c>createdat.asc</c>.</summary>
    CreatedAsc,

    /// <summary><c>stars.asc</c> (newest first among equal stars).</summary>
    StarsAsc,

    /// <summary><c>stars.desc</c> (newest first among equal stars).</summary>
    StarsDesc,
}
