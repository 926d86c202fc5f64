namespace Connectors.Host.Configuration;

/// <summary>An entry of a configuration list that remembers where it is in the file, so later checks can name its path.</summary>
public interface IJsonPathAware
{
    /// <summary>Set by <see cref="OptionsBinder"/>, for example <c>$.connectors[2]</c>.</summary>
    string JsonPath { get; set; }
}
