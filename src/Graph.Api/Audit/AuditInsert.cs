using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Graph.Api.Audit;

/// <summary>The audit writer's connection and prepared insert, kept across batches; used by one writer at a time.</summary>
internal sealed class AuditInsert : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _command;
    private readonly SqliteParameter _at;
    private readonly SqliteParameter _principal;
    private readonly SqliteParameter _roles;
    private readonly SqliteParameter _action;
    private readonly SqliteParameter _kind;
    private readonly SqliteParameter _key;
    private readonly SqliteParameter _detail;

    public AuditInsert(SqliteConnection connection)
    {
        _connection = connection;
        _command = connection.CreateCommand();
        _command.CommandText = "INSERT INTO audit_log (at, principal, roles, action, target_kind, target_key, detail) VALUES ($at, $principal, $roles, $action, $kind, $key, $detail)";
        _at = _command.Parameters.Add("$at", SqliteType.Text);
        _principal = _command.Parameters.Add("$principal", SqliteType.Text);
        _roles = _command.Parameters.Add("$roles", SqliteType.Text);
        _action = _command.Parameters.Add("$action", SqliteType.Text);
        _kind = _command.Parameters.Add("$kind", SqliteType.Text);
        _key = _command.Parameters.Add("$key", SqliteType.Text);
        _detail = _command.Parameters.Add("$detail", SqliteType.Text);
    }

    /// <summary>All the entries in one transaction: durable (synchronous=FULL) when this returns.</summary>
    public void Write(IEnumerable<AuditEntry> entries)
    {
        using var transaction = _connection.BeginTransaction();
        _command.Transaction = transaction;
        foreach (var entry in entries)
        {
            _at.Value = entry.At.ToString("O", CultureInfo.InvariantCulture);
            _principal.Value = entry.Principal;
            _roles.Value = string.Join(",", entry.Roles);
            _action.Value = entry.Action;
            _kind.Value = entry.TargetKind;
            _key.Value = entry.TargetKey;
            _detail.Value = (object?)entry.Detail ?? DBNull.Value;
            _command.ExecuteNonQuery();
        }

        transaction.Commit();
        _command.Transaction = null;
    }

    public void Dispose()
    {
        _command.Dispose();
        _connection.Dispose();
    }
}
