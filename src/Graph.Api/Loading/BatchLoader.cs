using GraphQL.DataLoader;

namespace Graph.Api.Loading;

/// <summary>
/// The per-request batch loader (GraphQL.NET's DataLoader package is not available here, its execution strategy's
/// deferred results are): a resolver asks for a key and gets a deferred result; when the executor first needs any of
/// them — after the whole level of the query has been resolved — every key asked for so far is fetched in one call.
/// So twenty rings with their members cost one fetch of members, not twenty. Values are kept for the rest of the
/// request, so a key asked twice is fetched once.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, Action? onBatch = null)
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, TValue?> _loaded = [];
    private readonly Dictionary<TKey, Task> _inFlight = [];
    private List<TKey> _pending = [];

    /// <summary>How many batches this loader fetched.</summary>
    public int Batches { get; private set; }

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_loaded.ContainsKey(key) && !_inFlight.ContainsKey(key) && !_pending.Contains(key))
            {
                _pending.Add(key);
            }
        }

        return new Deferred(this, key);
    }

    private async Task<TValue?> GetAsync(TKey key, CancellationToken cancellation)
    {
        Task wait;
        List<TKey>? batch = null;
        TaskCompletionSource? started = null;
        lock (_gate)
        {
            if (_loaded.TryGetValue(key, out var value))
            {
                return value;
            }

            if (!_inFlight.TryGetValue(key, out wait!))
            {
                batch = _pending;
                _pending = [];
                if (!batch.Contains(key))
                {
                    batch.Add(key);
                }

                started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                wait = started.Task;
                foreach (var pending in batch)
                {
                    _inFlight[pending] = wait;
                }
            }
        }

        if (started is not null)
        {
            // Fetched outside the lock; whoever else waits for these keys waits for this task.
            try
            {
                await FetchAsync(batch!, cancellation).ConfigureAwait(false);
                started.SetResult();
            }
            catch (Exception e)
            {
                started.SetException(e);
            }
        }

        await wait.ConfigureAwait(false);
        lock (_gate)
        {
            return _loaded.GetValueOrDefault(key);
        }
    }

    private async Task FetchAsync(List<TKey> batch, CancellationToken cancellation)
    {
        lock (_gate)
        {
            Batches++;
        }

        onBatch?.Invoke();
        var values = await fetch(batch, cancellation).ConfigureAwait(false);
        lock (_gate)
        {
            foreach (var key in batch)
            {
                _loaded[key] = values.TryGetValue(key, out var value) ? value : default;
                _inFlight.Remove(key);
            }
        }
    }

    private sealed class Deferred(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
