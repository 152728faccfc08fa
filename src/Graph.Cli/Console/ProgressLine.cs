using System.Diagnostics;

namespace Graph.Cli.Console;

/// <summary>
/// Progress on stderr that works both in a terminal (one line rewritten in place) and in logs
/// or CI (a new line at most every few seconds), so long work is never silent.
/// </summary>
public sealed class ProgressLine : IDisposable
{
    private static readonly TimeSpan LogInterval = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan TerminalInterval = TimeSpan.FromMilliseconds(200);

    private readonly TextWriter _out;
    private readonly bool _interactive;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private TimeSpan? _last;
    private int _width;

    public ProgressLine(TextWriter output, bool interactive)
    {
        _out = output;
        _interactive = interactive;
    }

    public static ProgressLine ForStandardError() =>
        new(System.Console.Error, !System.Console.IsErrorRedirected);

    /// <summary>Shows the text unless one was shown too recently; <paramref name="force"/> always shows it.</summary>
    public void Report(string text, bool force = false)
    {
        lock (_gate)
        {
            var now = _clock.Elapsed;
            if (!force && _last is { } last && now - last < (_interactive ? TerminalInterval : LogInterval))
            {
                return;
            }

            _last = now;
            var line = $"[{now:hh\\:mm\\:ss}] {text}";
            if (_interactive)
            {
                _out.Write("\r" + line.PadRight(_width));
                _width = line.Length;
            }
            else
            {
                _out.WriteLine(line);
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_interactive && _width > 0)
            {
                _out.WriteLine();
            }
        }
    }
}
