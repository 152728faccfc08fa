using System.Diagnostics;
using System.Globalization;

namespace Graph.Storage.Tests.Durability;

/// <summary>Runs tests/Graph.Storage.CrashHost as a child process and tracks what it reports.</summary>
internal sealed class CrashHostProcess : IDisposable
{
    private readonly Process _process;
    private readonly Lock _gate = new();
    private readonly List<string> _lines = [];
    private readonly SemaphoreSlim _lineArrived = new(0);

    public CrashHostProcess(string storePath, int seed, int checkpointEvery)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(HostPath());
        start.ArgumentList.Add(storePath);
        start.ArgumentList.Add(seed.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add(checkpointEvery.ToString(CultureInfo.InvariantCulture));
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_gate)
                {
                    _lines.Add(e.Data);
                }

                _lineArrived.Release();
            }
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_gate)
                {
                    _lines.Add("stderr: " + e.Data);
                }
            }
        };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The highest batch number the host reported committed (-1 for none).</summary>
    public int LastReported
    {
        get
        {
            lock (_gate)
            {
                for (int i = _lines.Count - 1; i >= 0; i--)
                {
                    if (_lines[i].StartsWith("committed ", StringComparison.Ordinal))
                    {
                        return int.Parse(_lines[i]["committed ".Length..], CultureInfo.InvariantCulture);
                    }
                }

                return -1;
            }
        }
    }

    public string Transcript
    {
        get
        {
            lock (_gate)
            {
                return string.Join("\n", _lines.TakeLast(20));
            }
        }
    }

    /// <summary>Waits until a line satisfies the condition; false on timeout or exit.</summary>
    public bool WaitFor(Func<string, bool> condition, TimeSpan timeout)
    {
        DateTime deadline = DateTime.UtcNow + timeout;
        int seen = 0;
        while (DateTime.UtcNow < deadline)
        {
            lock (_gate)
            {
                for (; seen < _lines.Count; seen++)
                {
                    if (condition(_lines[seen]))
                    {
                        return true;
                    }
                }
            }

            if (_process.HasExited)
            {
                return false;
            }

            _lineArrived.Wait(TimeSpan.FromMilliseconds(50));
        }

        return false;
    }

    /// <summary>SIGKILL: no finalizers, no flushes, no disposal.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
        _lineArrived.Dispose();
    }

    private static string HostPath()
    {
        // The test runs from tests/Graph.Storage.Tests/bin/<configuration>/<tfm>/; the host builds next door.
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar));
        string framework = output.Name;
        string configuration = output.Parent!.Name;
        string testsFolder = output.Parent.Parent!.Parent!.Parent!.FullName;
        string path = System.IO.Path.Combine(testsFolder, "Graph.Storage.CrashHost", "bin", configuration, framework, "Graph.Storage.CrashHost.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build tests/Graph.Storage.CrashHost first.", path);
    }
}
