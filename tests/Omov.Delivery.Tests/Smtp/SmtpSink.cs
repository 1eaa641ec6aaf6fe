using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using Omov.Delivery.Email;

namespace Omov.Delivery.Tests.Smtp;

/// <summary>
/// A real SMTP server on localhost for one test: <c>sink.py</c> (Debian's python3-aiosmtpd, run
/// by /usr/bin/python3, which ./test.sh installs) on a free port, storing what it accepts in a
/// temp folder that the test reads. Stopped and removed when disposed.
/// </summary>
internal sealed class SmtpSink : IAsyncDisposable
{
    public const string Python = "/usr/bin/python3";

    private Process? _process;

    private SmtpSink(int port, string folder)
    {
        Port = port;
        Folder = folder;
    }

    public int Port { get; }

    public string Folder { get; }

    /// <summary>The settings for a sender using this server (plain SMTP, no login).</summary>
    public SmtpSettings Settings => new()
    {
        Host = "127.0.0.1",
        Port = Port,
        Security = SmtpSecurity.None,
        From = "Labour Party Ballots <ballots@omov.test>",
        Timeout = TimeSpan.FromSeconds(20),
    };

    /// <param name="reject">Recipients refused with 550.</param>
    /// <param name="defer">Recipients deferred with 451, as ADDRESS (always) or ADDRESS:K (the first K attempts).</param>
    /// <param name="dieAfter">Exit abruptly, replying nothing, when the message after this many arrives.</param>
    public static async Task<SmtpSink> StartAsync(IEnumerable<string>? reject = null, IEnumerable<string>? defer = null, int? dieAfter = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "omov-sink-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var sink = new SmtpSink(FreePort(), folder);
        await sink.RestartAsync(reject, defer, dieAfter);
        return sink;
    }

    /// <summary>Starts the server again on the same port and folder (after <see cref="Kill"/> or a --die-after exit).</summary>
    public async Task RestartAsync(IEnumerable<string>? reject = null, IEnumerable<string>? defer = null, int? dieAfter = null)
    {
        Kill();
        Assert.True(File.Exists(Python), $"{Python} is missing: the delivery tests need Debian's python3 with python3-aiosmtpd (./test.sh installs it)");
        var script = Path.Combine(AppContext.BaseDirectory, "Smtp", "sink.py");
        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { script, "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--dir", Folder })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var address in reject ?? [])
        {
            start.ArgumentList.Add("--reject");
            start.ArgumentList.Add(address);
        }

        foreach (var spec in defer ?? [])
        {
            start.ArgumentList.Add("--defer");
            start.ArgumentList.Add(spec);
        }

        if (dieAfter is { } n)
        {
            start.ArgumentList.Add("--die-after");
            start.ArgumentList.Add(n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        _process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var line = await _process.StandardOutput.ReadLineAsync(timeout.Token);
        if (line is null || !line.StartsWith("READY", StringComparison.Ordinal))
        {
            var error = await _process.StandardError.ReadToEndAsync(timeout.Token);
            Assert.Fail($"the SMTP sink did not start: {line} {error} (is python3-aiosmtpd installed? ./test.sh installs it)");
        }

        // Drain stderr so a chatty server never blocks on a full pipe.
        _ = _process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var probe = new TcpClient();
        await probe.ConnectAsync(IPAddress.Loopback, Port, timeout.Token);
    }

    /// <summary>Kills the server at once, as a crash would.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process?.Dispose();
        _process = null;
    }

    /// <summary>Whether the server process has exited (e.g. after --die-after), waiting a little for the exit to be seen.</summary>
    public bool HasExited => _process is null || _process.WaitForExit(TimeSpan.FromSeconds(10));

    /// <summary>How many messages the server has accepted (cheap: files are counted, not read).</summary>
    public int Count => Directory.GetFiles(Folder, "*.eml").Length;

    /// <summary>Every message the server accepted, in arrival order, with its envelope recipients.</summary>
    public IReadOnlyList<(MimeMessage Message, string[] Recipients)> Received() =>
        [.. Directory.GetFiles(Folder, "*.eml").Order(StringComparer.Ordinal).Select(path => (
            MimeMessage.Load(path),
            File.ReadAllLines(Path.ChangeExtension(path, ".rcpt")).Where(l => l.Length > 0).ToArray()))];

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            // Closing stdin stops it cleanly; kill it if it lingers.
            _process.StandardInput.Close();
            if (!_process.WaitForExit(5000))
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process?.Dispose();
        await Task.Run(() => Directory.Delete(Folder, recursive: true));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
