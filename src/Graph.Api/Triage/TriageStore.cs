using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Graph.Api.Triage;

/// <summary>Triage decisions: the current status per ring and every decision ever made, in one transaction each.</summary>
public sealed class TriageStore(StateDatabase database)
{
    public async Task<TriageView> SetAsync(string ringId, RingStatus status, string? note, string by, CancellationToken cancellation)
    {
        var at = DateTimeOffset.UtcNow;
        await using var connection = database.Open();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellation).ConfigureAwait(false);
        await using (var history = connection.CreateCommand())
        {
            history.Transaction = transaction;
            history.CommandText = "INSERT INTO ring_triage_history (ring_id, status, note, by, at) VALUES ($ring, $status, $note, $by, $at)";
            Bind(history, ringId, status, note, by, at);
            await history.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
        }

        await using (var current = connection.CreateCommand())
        {
            current.Transaction = transaction;
            current.CommandText = """
                INSERT INTO ring_triage (ring_id, status, note, updated_by, updated_at, revision) VALUES ($ring, $status, $note, $by, $at, 1)
                ON CONFLICT (ring_id) DO UPDATE SET status = $status, note = $note, updated_by = $by, updated_at = $at, revision = revision + 1
                """;
            Bind(current, ringId, status, note, by, at);
            await current.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellation).ConfigureAwait(false);
        var saved = await GetManyAsync([ringId], cancellation).ConfigureAwait(false);
        return saved[ringId];
    }

    /// <summary>The decisions on several rings in one query (the per-request loader's batch).</summary>
    public async Task<IReadOnlyDictionary<string, TriageView>> GetManyAsync(IReadOnlyCollection<string> ringIds, CancellationToken cancellation)
    {
        var result = ringIds.Distinct(StringComparer.Ordinal).ToDictionary(id => id, TriageView.Untriaged, StringComparer.Ordinal);
        if (result.Count == 0)
        {
            return result;
        }

        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        var names = new List<string>();
        var i = 0;
        foreach (var id in result.Keys)
        {
            var name = "$r" + i++.ToString(CultureInfo.InvariantCulture);
            names.Add(name);
            command.Parameters.AddWithValue(name, id);
        }

        command.CommandText = $"SELECT ring_id, status, note, updated_by, updated_at, revision FROM ring_triage WHERE ring_id IN ({string.Join(",", names)})";
        await using var reader = await command.ExecuteReaderAsync(cancellation).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellation).ConfigureAwait(false))
        {
            var id = reader.GetString(0);
            result[id] = new TriageView(
                id,
                Enum.Parse<RingStatus>(reader.GetString(1)),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetString(3),
                DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture),
                reader.GetInt32(5));
        }

        return result;
    }

    /// <summary>Ring ids with a given status (for filtering ring lists).</summary>
    public async Task<IReadOnlySet<string>> RingsWithStatusAsync(RingStatus status, CancellationToken cancellation)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT ring_id FROM ring_triage WHERE status = $status";
        command.Parameters.AddWithValue("$status", status.ToString());
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellation).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellation).ConfigureAwait(false))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public async Task<IReadOnlyList<TriageEventView>> HistoryAsync(string ringId, CancellationToken cancellation)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT status, note, by, at FROM ring_triage_history WHERE ring_id = $ring ORDER BY id";
        command.Parameters.AddWithValue("$ring", ringId);
        var events = new List<TriageEventView>();
        await using var reader = await command.ExecuteReaderAsync(cancellation).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellation).ConfigureAwait(false))
        {
            events.Add(new TriageEventView(
                Enum.Parse<RingStatus>(reader.GetString(0)),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.GetString(2),
                DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture)));
        }

        return events;
    }

    private static void Bind(SqliteCommand command, string ringId, RingStatus status, string? note, string by, DateTimeOffset at)
    {
        command.Parameters.AddWithValue("$ring", ringId);
        command.Parameters.AddWithValue("$status", status.ToString());
        command.Parameters.AddWithValue("$note", (object?)note ?? DBNull.Value);
        command.Parameters.AddWithValue("$by", by);
        command.Parameters.AddWithValue("$at", at.ToString("O", CultureInfo.InvariantCulture));
    }
}
