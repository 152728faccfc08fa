using System.Globalization;
using System.Threading.Channels;
using Graph.Api.Triage;
using Microsoft.Data.Sqlite;

namespace Graph.Api.Audit;

/// <summary>
/// The durable audit log. A view is not answered before its entry is on disk, yet entries do not cost a disk flush
/// each: writers queue them and one background loop commits whatever has queued in one transaction (group commit),
/// then releases every waiting request. Under load a flush carries many entries; alone, one.
/// </summary>
public sealed class AuditLog : IAsyncDisposable
{
    private readonly StateDatabase _database;
    private readonly Channel<(AuditEntry Entry, TaskCompletionSource Done)> _queue =
        Channel.CreateUnbounded<(AuditEntry, TaskCompletionSource)>(new UnboundedChannelOptions { SingleReader = true });

    private readonly Task _writer;
    private AuditInsert? _insert;

    public AuditLog(StateDatabase database)
    {
        _database = database;
        _writer = Task.Run(WriteLoop);
    }

    /// <summary>Completes once the entry is durable.</summary>
    public Task RecordAsync(string principal, IReadOnlyList<string> roles, string action, string targetKind, string targetKey, string? detail = null)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var entry = new AuditEntry(0, DateTimeOffset.UtcNow, principal, roles, action, targetKind, targetKey, detail);
        if (!_queue.Writer.TryWrite((entry, done)))
        {
            done.SetException(new InvalidOperationException("The audit log is closed."));
        }

        return done.Task;
    }

    public async Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken cancellation)
    {
        await using var connection = _database.Open();
        await using var command = connection.CreateCommand();
        var where = Filter(command, query);
        if (query.BeforeId is { } before)
        {
            where.Add("id < $before");
            command.Parameters.AddWithValue("$before", before);
        }

        command.CommandText = "SELECT id, at, principal, roles, action, target_kind, target_key, detail FROM audit_log"
            + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "")
            + " ORDER BY id DESC LIMIT $limit";
        command.Parameters.AddWithValue("$limit", query.Limit);
        var entries = new List<AuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellation).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellation).ConfigureAwait(false))
        {
            entries.Add(new AuditEntry(
                reader.GetInt64(0),
                DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture),
                reader.GetString(2),
                reader.GetString(3).Split(',', StringSplitOptions.RemoveEmptyEntries),
                reader.GetString(4),
                reader.GetString(5),
                reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7)));
        }

        return entries;
    }

    /// <summary>How many entries match the filter (the connection's total count).</summary>
    public async Task<int> CountAsync(AuditQuery query, CancellationToken cancellation)
    {
        await using var connection = _database.Open();
        await using var command = connection.CreateCommand();
        var where = Filter(command, query);
        command.CommandText = "SELECT COUNT(*) FROM audit_log" + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "");
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellation).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
        _insert?.Dispose();
    }

    private static List<string> Filter(SqliteCommand command, AuditQuery query)
    {
        var where = new List<string>();
        if (query.Principal is { } principal)
        {
            where.Add("principal = $principal");
            command.Parameters.AddWithValue("$principal", principal);
        }

        if (query.TargetKey is { } target)
        {
            where.Add("target_key = $target");
            command.Parameters.AddWithValue("$target", target);
        }

        if (query.Action is { } action)
        {
            where.Add("action = $action");
            command.Parameters.AddWithValue("$action", action);
        }

        if (query.Since is { } since)
        {
            where.Add("at >= $since");
            command.Parameters.AddWithValue("$since", since.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        }

        return where;
    }

    private async Task WriteLoop()
    {
        var batch = new List<(AuditEntry Entry, TaskCompletionSource Done)>();
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < 5_000 && reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            try
            {
                Write(batch);
                foreach (var (_, done) in batch)
                {
                    done.TrySetResult();
                }
            }
            catch (SqliteException e)
            {
                foreach (var (_, done) in batch)
                {
                    done.TrySetException(e);
                }
            }
        }
    }

    /// <summary>
    /// One transaction per batch on the writer's own connection and prepared insert, opened once: a connection and a
    /// statement per batch cost more CPU than the inserts of a small batch. Reopened after a failure.
    /// </summary>
    private void Write(List<(AuditEntry Entry, TaskCompletionSource Done)> batch)
    {
        var insert = _insert ??= new AuditInsert(_database.Open());
        try
        {
            insert.Write(batch.Select(item => item.Entry));
        }
        catch (SqliteException)
        {
            insert.Dispose();
            _insert = null;
            throw;
        }
    }
}
