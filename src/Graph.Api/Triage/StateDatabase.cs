using Microsoft.Data.Sqlite;

namespace Graph.Api.Triage;

/// <summary>
/// The service's own durable state — triage decisions with their history, and the audit log — in one SQLite file
/// beside the store (the store's folder belongs to the store). WAL with synchronous=FULL: a decision or an audit
/// entry acknowledged to a caller survives a crash; several instances on one machine share the file safely.
/// </summary>
public sealed class StateDatabase
{
    private readonly string _connectionString;

    public StateDatabase(string directory)
    {
        Directory.CreateDirectory(directory);
        Path = System.IO.Path.Combine(directory, "api.db");
        _connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Pooling = true, DefaultTimeout = 30 }.ToString();
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS ring_triage (
                ring_id TEXT PRIMARY KEY,
                status TEXT NOT NULL,
                note TEXT,
                updated_by TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                revision INTEGER NOT NULL);
            CREATE TABLE IF NOT EXISTS ring_triage_history (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                ring_id TEXT NOT NULL,
                status TEXT NOT NULL,
                note TEXT,
                by TEXT NOT NULL,
                at TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS ring_triage_history_ring ON ring_triage_history (ring_id, id);
            CREATE TABLE IF NOT EXISTS audit_log (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                at TEXT NOT NULL,
                principal TEXT NOT NULL,
                roles TEXT NOT NULL,
                action TEXT NOT NULL,
                target_kind TEXT NOT NULL,
                target_key TEXT NOT NULL,
                detail TEXT);
            CREATE INDEX IF NOT EXISTS audit_log_principal ON audit_log (principal, id);
            CREATE INDEX IF NOT EXISTS audit_log_target ON audit_log (target_key, id);
            """;
        command.ExecuteNonQuery();
    }

    public string Path { get; }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 30000;";
        pragma.ExecuteNonQuery();
        return connection;
    }
}
