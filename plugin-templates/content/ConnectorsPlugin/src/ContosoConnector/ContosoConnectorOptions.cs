using System.ComponentModel.DataAnnotations;
using Connectors.PluginSdk.Options;

namespace ContosoConnector;

/// <summary>Options of one connector instance, bound from its camelCase <c>options</c> JSON; every failure names its member.</summary>
public sealed class ContosoConnectorOptions
{
    /// <summary>The API's base address, such as <c>https://api.contoso.example</c>; https unless it is this machine (a test server).</summary>
    [Required(ErrorMessage = "is required: the API's base address, such as \"https://api.contoso.example\"")]
    [HttpEndpoint(Example = "https://api.contoso.example")]
    public Uri? Endpoint { get; set; }
#if (authApiKey)

    /// <summary>The API key; give it as <c>${env:NAME}</c>, never in the file.</summary>
    [Required(ErrorMessage = "is required: the API key, given as \"${{env:CONTOSO_API_KEY}}\"")]
    public string ApiKey { get; set; } = "";
#endif
#if (authOAuth)

    /// <summary>The OAuth client id of the app registered with the API.</summary>
    [Required(ErrorMessage = "is required: the OAuth client id of your app, such as \"${{env:CONTOSO_CLIENT_ID}}\"")]
    public string ClientId { get; set; } = "";

    /// <summary>The OAuth client secret; give it as <c>${env:NAME}</c>, never in the file.</summary>
    [Required(ErrorMessage = "is required: the OAuth client secret of your app, given as \"${{env:CONTOSO_CLIENT_SECRET}}\"")]
    public string ClientSecret { get; set; } = "";
#endif

    /// <summary>Records per page (and per batch).</summary>
    [Range(1, 500, ErrorMessage = "must be between 1 and 500")]
    public int PageSize { get; set; } = 100;
}
