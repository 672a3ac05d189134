using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Sync.DevHost;

/// <summary>
/// An in-memory Azurite on free loopback ports, started from the repository's <c>node_modules</c>
/// (<c>npm ci</c> installs it) and stopped on dispose. <c>--skipApiVersionCheck</c> because the
/// served Storage SDK speaks a newer API version than Azurite 3.37 knows.
/// </summary>
public sealed class Azurite : IAsyncDisposable
{
    // Node starts slowly on a loaded 2-core machine: a bound on waiting, not an expected duration.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    // Azurite's well-known development account.
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly Process process;

    private Azurite(Process process, int blobPort, int queuePort, int tablePort)
    {
        this.process = process;
        Ports = [blobPort, queuePort, tablePort];

        // A host that exits without disposing (a failed start, a test run ending) must not leave Azurite behind.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
        ConnectionString =
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
            $"AccountKey={AccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;" +
            $"QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;" +
            $"TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;";
    }

    public string ConnectionString { get; }

    /// <summary>Blob, queue and table ports, to start it again on the same ones.</summary>
    public int[] Ports { get; }

    /// <param name="location">Keep the data in this folder (so a restart on the same ports finds it), instead of in memory.</param>
    /// <param name="ports">Blob, queue and table ports; free ones when not given.</param>
    public static async Task<Azurite> StartAsync(CancellationToken cancellationToken, string? location = null, int[]? ports = null)
    {
        var script = FindScript();
        ports ??= [FreePort(), FreePort(), FreePort()];
        var start = new ProcessStartInfo("node")
        {
            // Azurite writes its debug files to the working directory even in memory.
            WorkingDirectory = Directory.CreateTempSubdirectory("azurite-").FullName,
            ArgumentList =
            {
                script, "--skipApiVersionCheck", "--loose", "--silent", "--disableTelemetry",
                "--blobPort", $"{ports[0]}", "--queuePort", $"{ports[1]}", "--tablePort", $"{ports[2]}",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var persistence in location is null ? ["--inMemoryPersistence"] : new[] { "--location", location })
        {
            start.ArgumentList.Add(persistence);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) errors.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) errors.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var azurite = new Azurite(process, ports[0], ports[1], ports[2]);
        try
        {
            foreach (var port in ports)
            {
                await WaitForPortAsync(process, port, () => string.Join(Environment.NewLine, errors), cancellationToken);
            }

            return azurite;
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops it as an outage would, not as a crash: SIGTERM lets it write what it holds to its location first.</summary>
    public async Task StopAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", $"{process.Id}"]))
        {
            await kill.WaitForExitAsync();
        }

        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        process.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        Stop();
        await process.WaitForExitAsync();
        process.Dispose();
    }

    private void Stop()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Disposed already: nothing left to stop.
        }
    }

    private static string FindScript()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var script = Path.Combine(dir.FullName, "node_modules", "azurite", "dist", "src", "azurite.js");
            if (File.Exists(script))
            {
                return script;
            }
        }

        throw new FileNotFoundException("Azurite is not installed: run 'npm ci' at the repository root.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitForPortAsync(Process process, int port, Func<string> output, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {process.ExitCode}: {output()}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100, cancellationToken);
            }
        }

        throw new TimeoutException($"Azurite did not listen on port {port} within {StartTimeout.TotalSeconds:0} s.");
    }
}
