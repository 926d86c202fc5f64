namespace Connectors.Abstractions;

/// <summary>Conveniences over <see cref="IConnectorContext"/>.</summary>
public static class ConnectorContextExtensions
{
    /// <summary>The options as their declared type.</summary>
    /// <exception cref="InvalidOperationException">The options are of another type.</exception>
    public static TOptions GetOptions<TOptions>(this IConnectorContext context)
        where TOptions : class =>
        context.Options as TOptions
        ?? throw new InvalidOperationException(
            $"Connector '{context.ConnectorName}' has options of type {context.Options.GetType().Name}, not {typeof(TOptions).Name}.");

    /// <summary>Resolves a path from the options against <see cref="IConnectorContext.ContentRoot"/>.</summary>
    public static string ResolvePath(this IConnectorContext context, string path) =>
        Path.GetFullPath(path, context.ContentRoot);
}
