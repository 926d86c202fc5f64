using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Connectors.Host.Tests.Support;

/// <summary>A real HTTP server on loopback that answers each request with the next scripted answer and counts what it got.</summary>
internal sealed class ScriptedServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _script = new();
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _requests;

    private ScriptedServer(WebApplication app) => _app = app;

    public Uri BaseUrl => new(_app.Urls.First() + "/");

    /// <summary>Requests the server has received.</summary>
    public int Requests => Volatile.Read(ref _requests);

    public static async Task<ScriptedServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new ScriptedServer(app);
        app.Run(server.AnswerAsync);
        await app.StartAsync();
        return server;
    }

    /// <summary>Answers the next request with <paramref name="status"/> and the given headers; an empty script answers 200.</summary>
    public ScriptedServer Then(int status, params (string Name, string Value)[] headers)
    {
        _script.Enqueue(context =>
        {
            context.Response.StatusCode = status;
            foreach (var (name, value) in headers)
            {
                context.Response.Headers[name] = value;
            }

            return Task.CompletedTask;
        });
        return this;
    }

    /// <summary>Keeps the next request waiting, unanswered, until the server stops.</summary>
    public ScriptedServer ThenHang()
    {
        _script.Enqueue(context => _released.Task.WaitAsync(context.RequestAborted));
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        _released.TrySetResult();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private Task AnswerAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        return _script.TryDequeue(out var answer) ? answer(context) : Task.CompletedTask;
    }
}
