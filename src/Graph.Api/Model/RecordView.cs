using System.ComponentModel;

namespace Graph.Api.Model;

/// <summary>A record node (case, claim, award, auction, invoice, insurance claim, bankruptcy, bid) with its properties.</summary>
[ImmutableObject(true)]
public sealed record RecordView(string Key, string Kind, string Number, DateOnly? Date, decimal? Amount, IReadOnlyDictionary<string, object?> Properties);
