using Graph.Records.Rows;

namespace Graph.Loading.Tests.Support;

/// <summary>Hand-written rows for mapper and resolver tests.</summary>
internal static class Rows
{
    public static RecordRow Make(RecordKind kind, string file, int line, params (string Field, string Value)[] fields) =>
        new(kind, file, line, fields.ToDictionary(f => f.Field, f => f.Value, StringComparer.Ordinal));

    public static PartyRef Person(string? name, string? id = null, string? phone = null, string? address = null, string prefix = "party_") =>
        new(prefix, PartyKind.Person, name, id, phone, address);

    public static PartyRef Company(string? name, string? uscc = null, string? phone = null, string? address = null, string prefix = "party_") =>
        new(prefix, PartyKind.Company, name, uscc, phone, address);
}
