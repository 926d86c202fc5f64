using System.Diagnostics;
using System.Text;

namespace Connectors.EndToEnd.Tests.Support;

/// <summary>Runs the built host as its own process, exactly as an operator would from a shell.</summary>
internal sealed class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    private HostProcess(string workingDirectory, string program, string[] args, IReadOnlyDictionary<string, string>? env)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(program);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in env ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Append(_stdout, e.Data);
        _process.ErrorDataReceived += (_, e) => Append(_stderr, e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Stdout => Read(_stdout);

    public string Stderr => Read(_stderr);

    public bool HasExited => _process.HasExited;

    public static HostProcess Start(string workingDirectory, string[] args, IReadOnlyDictionary<string, string>? env = null) =>
        new(workingDirectory, Path.Combine(RepoPaths.HostBin, "Connectors.Host.dll"), args, env);

    /// <summary>Another built program (a published host, a plugin's fake API), run with <c>dotnet &lt;dll&gt;</c>.</summary>
    public static HostProcess StartProgram(string workingDirectory, string dll, params string[] args) =>
        new(workingDirectory, dll, args, env: null);

    public static async Task<HostResult> RunAsync(string workingDirectory, string[] args, IReadOnlyDictionary<string, string>? env = null)
    {
        using var host = Start(workingDirectory, args, env);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await host._process.WaitForExitAsync(timeout.Token);
        host._process.WaitForExit(); // flushes the redirected streams
        return new HostResult(host._process.ExitCode, host.Stdout, host.Stderr);
    }

    /// <summary>
    /// Polls <paramref name="condition"/> until it holds; fails the test if the host exits first or a minute passes,
    /// showing what the host printed.
    /// </summary>
    public async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.False(HasExited, $"the host exited before {what}:\n{Stdout}{Stderr}");
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), $"timed out waiting for {what}:\n{Stdout}{Stderr}");
            await Task.Delay(20);
        }
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, no finally blocks — as in a power cut or OOM kill.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private static void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (buffer)
        {
            buffer.AppendLine(line);
        }
    }

    private static string Read(StringBuilder buffer)
    {
        lock (buffer)
        {
            return buffer.ToString();
        }
    }
}

internal sealed record HostResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
