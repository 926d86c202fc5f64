using Connectors.TestKit.Conformance;

namespace ContosoConnector.Tests;

/// <summary>The Connectors conformance kit against the fake API: every check of the kit is a test here.</summary>
#if (isSource)
public sealed class ContosoConnectorConformanceTests : SourceConformanceTests<ContosoConnectorPlugin>
#else
public sealed class ContosoConnectorConformanceTests : SinkConformanceTests<ContosoConnectorPlugin>
#endif
{
    private FakeContosoConnectorApi _api = null!;

    protected override async Task<Uri?> StartServerAsync()
    {
        _api = await FakeContosoConnectorApi.StartAsync();
        return _api.BaseUrl;
    }

    protected override Task StopServerAsync() => _api.DisposeAsync().AsTask();

#if (authApiKey)
    protected override object GoodOptions() => new ContosoConnectorOptions { Endpoint = Server, ApiKey = FakeContosoConnectorApi.ApiKey, PageSize = 3 };

    protected override object InvalidOptions() => new ContosoConnectorOptions { PageSize = 0 };

    protected override IReadOnlyCollection<string> InvalidMembers => ["endpoint", "apiKey", "pageSize"];

    protected override object RefusedOptions() => new ContosoConnectorOptions { Endpoint = Server, ApiKey = "wrong-key-9876543210" };
#elif (authOAuth)
    protected override object GoodOptions() => new ContosoConnectorOptions
    {
        Endpoint = Server, ClientId = FakeContosoConnectorApi.ClientId, ClientSecret = FakeContosoConnectorApi.ClientSecret, PageSize = 3,
    };

    protected override object InvalidOptions() => new ContosoConnectorOptions { PageSize = 0 };

    protected override IReadOnlyCollection<string> InvalidMembers => ["endpoint", "clientId", "clientSecret", "pageSize"];

    protected override object RefusedOptions() => new ContosoConnectorOptions
    {
        Endpoint = Server, ClientId = FakeContosoConnectorApi.ClientId, ClientSecret = "wrong-secret-9876543210",
    };
#else
    protected override object GoodOptions() => new ContosoConnectorOptions { Endpoint = Server, PageSize = 3 };

    protected override object InvalidOptions() => new ContosoConnectorOptions { PageSize = 0 };

    protected override IReadOnlyCollection<string> InvalidMembers => ["endpoint", "pageSize"];

    // Nothing to refuse without a credential: the wrong base address is what an operator gets wrong.
    protected override object RefusedOptions() => new ContosoConnectorOptions { Endpoint = new Uri(Server!, "no-such-api/") };
#endif
#if (!isSource)

    protected override Task<int?> CountAtSinkAsync() => Task.FromResult<int?>(_api.TicketCount);
#endif
}
