using Graph.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Graph.Api.Store;

/// <summary>
/// Reads the embedded store read-only (a `graph load` in another process keeps the writer lock) and picks up a
/// finished load: the folder is polled, and once its files changed and then stayed still for one more poll, the
/// store is opened again and the new snapshot replaces the old one. Requests in flight keep the snapshot they took.
/// </summary>
public sealed partial class StoreGraphSource : IGraphSource, IHostedService, IDisposable
{
    private readonly string _path;
    private readonly TimeSpan _poll;
    private readonly ILogger<StoreGraphSource> _log;
    private readonly TimeSpan _releaseGrace;
    private GraphSnapshot _current;
    private Timer? _timer;
    private string _seen;
    private string? _pending;
    private int _busy;

    /// <param name="path">The store folder.</param>
    /// <param name="poll">How often the folder is looked at; zero never reloads.</param>
    /// <param name="log">Where reloads are logged.</param>
    /// <param name="opened">The same store, already opened by the caller; it is served instead of opening it again.</param>
    /// <param name="releaseGrace">How long requests may still read a replaced snapshot before its memory is reclaimed.</param>
    public StoreGraphSource(string path, TimeSpan poll, ILogger<StoreGraphSource> log, OpenedStore? opened = null, TimeSpan? releaseGrace = null)
    {
        _path = path;
        _poll = poll;
        _log = log;
        _releaseGrace = releaseGrace ?? TimeSpan.FromSeconds(30);
        if (opened is not null && opened.Path == Path.GetFullPath(path))
        {
            _seen = opened.Fingerprint;
            _current = new GraphSnapshot(opened.Reader);
        }
        else
        {
            _seen = StoreFolderFingerprint.Of(path);
            _current = new GraphSnapshot(GraphStore.OpenReadOnly(path, StoreOptions.Default));
        }
    }

    public GraphSnapshot Current => _current;

    public event EventHandler<GraphSnapshot>? Changed;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (_poll > TimeSpan.Zero)
        {
            _timer = new Timer(_ => Check(), null, _poll, _poll);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _timer?.Change(Timeout.Infinite, Timeout.Infinite);
        return Task.CompletedTask;
    }

    public void Dispose() => _timer?.Dispose();

    /// <summary>One poll; public so that a caller (or a test) can force a check.</summary>
    public bool Check()
    {
        if (Interlocked.Exchange(ref _busy, 1) == 1)
        {
            return false;
        }

        try
        {
            var now = StoreFolderFingerprint.Of(_path);
            if (now == _seen)
            {
                _pending = null;
                return false;
            }

            if (now != _pending)
            {
                // Still changing (a load is writing): wait until it stays the same for one poll.
                _pending = now;
                return false;
            }

            var reader = GraphStore.OpenReadOnly(_path, StoreOptions.Default);
            _seen = now;
            _pending = null;
            if (reader.Version == _current.Version)
            {
                // Files changed without new data (a checkpoint): the copy just read goes back at once.
                _ = SnapshotRelease.AfterAsync(TimeSpan.Zero);
                return false;
            }

            var previous = _current.Version;
            _current = new GraphSnapshot(reader);
            LogReloaded(_log, previous, reader.Version);
            Changed?.Invoke(this, _current);
            _ = SnapshotRelease.AfterAsync(_releaseGrace);
            return true;
        }
        catch (Exception e) when (e is StoreException or IOException)
        {
            LogReloadFailed(_log, e.Message);
            return false;
        }
        finally
        {
            Volatile.Write(ref _busy, 0);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Store reloaded: version {Previous} -> {Current}")]
    private static partial void LogReloaded(ILogger logger, long previous, long current);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Store reload failed, keeping the current snapshot: {Reason}")]
    private static partial void LogReloadFailed(ILogger logger, string reason);
}
