using System.Globalization;
using Graph.Rings.Reports;
using Graph.Storage.Reading;
using Graph.Storage.Values;

namespace Graph.Rings.Explaining;

/// <summary>
/// What the store says about a record that a ring cites: its main date, its largest amount and its dated
/// events (filed, closed, accepted, issued...), read by property name from docs/graph-model.md.
/// </summary>
public sealed class RecordFacts
{
    /// <summary>Properties that date a record, in the order that picks its main date.</summary>
    private static readonly (string Property, string Event)[] Events =
    [
        ("filed_on", "filed"),
        ("accepted_on", "bankruptcy accepted"),
        ("declared_on", "claim declared"),
        ("issued_on", "invoice issued"),
        ("accident_on", "accident"),
        ("notice_on", "auction announced"),
        ("starts_at", "auction started"),
        ("bid_at", "bid placed"),
        ("closed_on", "closed"),
    ];

    /// <summary>Money columns: a record's amount is the largest of these (claimed vs awarded, declared vs confirmed).</summary>
    private static readonly string[] Amounts =
        ["amount_claimed", "amount_awarded", "amount_declared", "amount_confirmed", "amount", "deal_price", "amount_paid"];

    /// <summary>Columns that say what the record is about, appended to its events.</summary>
    private static readonly string[] Details = ["cause", "closing_method", "claim_type", "goods_category", "goods_name", "item", "outcome", "insurer"];

    private readonly IGraphReader _reader;
    private readonly int[] _eventKeys;
    private readonly int[] _amountKeys;
    private readonly int[] _detailKeys;

    public RecordFacts(IGraphReader reader)
    {
        _reader = reader;
        _eventKeys = [.. Events.Select(e => reader.PropertyKeyId(e.Property))];
        _amountKeys = [.. Amounts.Select(reader.PropertyKeyId)];
        _detailKeys = [.. Details.Select(reader.PropertyKeyId)];
    }

    public DateOnly? Date(int node)
    {
        foreach (int key in _eventKeys)
        {
            if (AsDate(Property(node, key)) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    public decimal? Amount(int node)
    {
        decimal? best = null;
        foreach (int key in _amountKeys)
        {
            PropertyValue value = Property(node, key);
            if (value.Kind is PropertyKind.Float or PropertyKind.Integer && double.IsFinite(value.AsFloat))
            {
                var amount = (decimal)value.AsFloat;
                if (best is null || amount > best)
                {
                    best = amount;
                }
            }
        }

        return best;
    }

    /// <summary>One timeline entry per dated property of the record.</summary>
    public IEnumerable<TimelineEntry> Timeline(int node, string kind, string key)
    {
        string details = string.Join(", ", _detailKeys.Select(k => Property(node, k)).Where(v => v.Kind == PropertyKind.String).Select(v => v.AsString));
        decimal? amount = Amount(node);
        string suffix = (details.Length > 0 ? "; " + details : "") + (amount is { } a ? "; " + a.ToString("#,0", CultureInfo.InvariantCulture) + " yuan" : "");
        for (int i = 0; i < Events.Length; i++)
        {
            if (AsDate(Property(node, _eventKeys[i])) is { } date)
            {
                yield return new TimelineEntry(date, kind, key, $"{kind} {key} {Events[i].Event}{suffix}");
            }
        }
    }

    private PropertyValue Property(int node, int key) => key < 0 ? PropertyValue.Null : _reader.NodeProperty(node, key);

    private static DateOnly? AsDate(PropertyValue value) => value.Kind switch
    {
        PropertyKind.Date => value.AsDate,
        PropertyKind.DateTime => DateOnly.FromDateTime(value.AsDateTime.DateTime),
        PropertyKind.String when DateOnly.TryParse(value.AsString.AsSpan(0, Math.Min(10, value.AsString.Length)), CultureInfo.InvariantCulture, out DateOnly d) => d,
        _ => null,
    };
}
