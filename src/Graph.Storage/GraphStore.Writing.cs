using Graph.Storage.Durability;
using Graph.Storage.Reading;
using Graph.Storage.Snapshots;
using Graph.Storage.Writing;

namespace Graph.Storage;

public sealed partial class GraphStore
{
    /// <summary>The version of the last commit (published or not).</summary>
    public long Version => _state.Version;

    public void Commit(GraphBatch batch)
    {
        lock (_gate)
        {
            ThrowIfUnusable();
            IReadOnlyList<GraphMutation> mutations = batch.Mutations;
            _validator.Validate(_state, mutations);
            long version = _state.Version + 1;
            _frame.Clear();
            _frame.WriteBytes(stackalloc byte[LogFrame.HeaderSize]);
            LogEntryCodec.Write(_frame, version, _pendingMeta, mutations);
            _log.Append(_frame);
            _pendingMeta.Clear();
            try
            {
                _state.Apply(mutations, _validator.ResolvedNodes);
                _state.Version = version;
            }
            catch (Exception error)
            {
                // The batch is durable but memory no longer matches it; reopening replays it correctly.
                _failed = true;
                throw new StoreException("STORE_FAILED", "Applying a logged batch failed; reopen the store.", error);
            }
        }
    }

    public IGraphReader Publish()
    {
        lock (_gate)
        {
            ThrowIfUnusable();
            _snapshot = SnapshotBuilder.Build(_state, _options.Indexes);
            return _snapshot;
        }
    }

    public string? GetMeta(string name)
    {
        lock (_gate)
        {
            return _state.Meta.TryGetValue(name, out string? value) ? value : null;
        }
    }

    public void SetMeta(string name, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        lock (_gate)
        {
            ThrowIfUnusable();
            _state.Meta[name] = value;
            _pendingMeta.Add(new(name, value));
        }
    }

    private void ThrowIfUnusable()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_failed)
        {
            throw new StoreException("STORE_FAILED", "An earlier failure left the store unusable; reopen it.");
        }
    }
}
