using System.Diagnostics;
using System.Reflection;

namespace Sync.Infra.Tests;

/// <summary>Runs the bicep binary restored from NuGet (or the one BICEP_PATH names).</summary>
public static class BicepCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static string Path { get; } = Locate();

    public static async Task<BicepResult> RunAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Path}.");
        using var timeout = new CancellationTokenSource(Timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return new BicepResult(process.ExitCode, await stdout, await stderr);
    }

    private static string Locate()
    {
        var path = Environment.GetEnvironmentVariable("BICEP_PATH");
        if (string.IsNullOrEmpty(path))
        {
            path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == "BicepPath").Value;
        }

        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            throw new FileNotFoundException($"No bicep binary at '{path}'. Restore the test project, or set BICEP_PATH.");
        }

        // NuGet extracts package files without their execute bit.
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            const UnixFileMode execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
            if ((mode & UnixFileMode.UserExecute) == 0)
            {
                File.SetUnixFileMode(path, mode | execute);
            }
        }

        return path;
    }
}

public sealed record BicepResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Diagnostic lines of any level, e.g. "main.bicep(3,5) : Warning no-unused-params: ...".</summary>
    public IReadOnlyList<string> Diagnostics =>
        (StandardOutput + "\n" + StandardError)
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.Contains(" : Error ", StringComparison.Ordinal)
                || line.Contains(" : Warning ", StringComparison.Ordinal)
                || line.Contains(" : Info ", StringComparison.Ordinal)
                || line.Contains("Warning", StringComparison.OrdinalIgnoreCase))
            .ToList();
}
