using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace FamilyContext.Plugin.Tests.Support;

/// <summary>Runs the real servers the tests need (PostgreSQL, Redis) and finds them free loopback ports.</summary>
public static class ExternalProcess
{
    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>A program's path, or an exception naming the Debian package that provides it.</summary>
    public static string Require(string path, string debianPackage) =>
        File.Exists(path)
            ? path
            : throw new InvalidOperationException($"{path} is missing: install the Debian package '{debianPackage}' (apt-get install {debianPackage}) to run these tests.");

    /// <summary>Runs a command to completion; throws with its output when it fails.</summary>
    public static async Task RunAsync(string file, params string[] arguments)
    {
        var (exitCode, text) = await OutputAsync(file, arguments);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited {exitCode}: {text}");
        }
    }

    /// <summary>Runs a command to completion and returns its exit code and everything it wrote (output, then errors).</summary>
    public static Task<(int ExitCode, string Text)> OutputAsync(string file, params string[] arguments) => OutputAsync(file, arguments, environment: null);

    /// <summary>As <see cref="OutputAsync(string, string[])"/>, with environment variables added for the command.</summary>
    public static async Task<(int ExitCode, string Text)> OutputAsync(string file, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment)
    {
        using var process = Start(file, arguments, redirect: true, environment);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    /// <summary>Starts a long-running command; the caller stops it.</summary>
    public static Process Start(string file, IEnumerable<string> arguments, bool redirect = false, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = redirect, RedirectStandardError = redirect, UseShellExecute = false };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        // The servers keep the machine's own clock: a run with the test process's clock moved (scripts/test.sh runs the suite a year
        // ahead under libfaketime to prove no test depends on today's date) moves only the code under test.
        info.Environment.Remove("LD_PRELOAD");
        info.Environment.Remove("FAKETIME");
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return Process.Start(info) ?? throw new InvalidOperationException($"{file} did not start.");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
