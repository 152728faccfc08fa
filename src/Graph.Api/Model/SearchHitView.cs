using System.ComponentModel;

namespace Graph.Api.Model;

/// <summary>One search result: the node found, what matched (name, id_number, uscc, phone, record_number) and a score in (0, 1].</summary>
[ImmutableObject(true)]
public sealed record SearchHitView(string Key, string Kind, string Caption, string MatchedOn, double Score);
