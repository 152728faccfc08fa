using System.Globalization;

namespace Graph.Storage.Values;

/// <summary>
/// A stored property value: a tag, 64 bits of payload and, for strings, lists and temporals, a reference.
/// A struct so that columns and readers pass values without boxing.
/// </summary>
public readonly record struct PropertyValue
{
    private readonly long _bits;
    private readonly object? _ref;

    private PropertyValue(PropertyKind kind, long bits, object? reference)
    {
        Kind = kind;
        _bits = bits;
        _ref = reference;
    }

    public PropertyKind Kind { get; }

    public bool IsNull => Kind == PropertyKind.Null;

    public static PropertyValue Null => default;

    public static PropertyValue From(bool value) => new(PropertyKind.Boolean, value ? 1 : 0, null);

    public static PropertyValue From(long value) => new(PropertyKind.Integer, value, null);

    public static PropertyValue From(double value) => new(PropertyKind.Float, BitConverter.DoubleToInt64Bits(value), null);

    public static PropertyValue From(string? value) => value is null ? Null : new(PropertyKind.String, 0, value);

    public static PropertyValue From(DateOnly value) => new(PropertyKind.Date, value.DayNumber - EpochDayNumber, null);

    /// <summary>UTC ticks need 62 bits, so the offset (minutes) rides in the reference slot, boxed once.</summary>
    public static PropertyValue From(DateTimeOffset value) =>
        new(PropertyKind.DateTime, value.UtcTicks, (short)value.Offset.TotalMinutes);

    public static PropertyValue From(IReadOnlyList<string>? values) =>
        values is null ? Null : new(PropertyKind.StringList, 0, values as string[] ?? [.. values]);

    /// <summary>Named apart from <c>From</c> so that a collection expression never picks the wrong list kind.</summary>
    public static PropertyValue ListOf(IReadOnlyList<PropertyValue>? items) =>
        items is null ? Null : new(PropertyKind.List, 0, items as PropertyValue[] ?? [.. items]);

    /// <summary>The sub-kind rides in the payload bits so that equality compares it for free.</summary>
    public static PropertyValue Temporal(byte temporalKind, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new(PropertyKind.Temporal, temporalKind, text);
    }

    public bool AsBoolean => _bits != 0;

    public long AsInteger => _bits;

    public double AsFloat => Kind == PropertyKind.Integer ? _bits : BitConverter.Int64BitsToDouble(_bits);

    public string AsString => (string)_ref!;

    public DateOnly AsDate => DateOnly.FromDayNumber((int)(_bits + EpochDayNumber));

    /// <summary>Days since 1970-01-01, the stored form of a date.</summary>
    public long DateDays => _bits;

    public DateTimeOffset AsDateTime =>
        new DateTimeOffset(_bits, TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes((short)_ref!));

    public IReadOnlyList<string> AsStringList => (string[])_ref!;

    public IReadOnlyList<PropertyValue> AsList => (PropertyValue[])_ref!;

    public byte TemporalKind => (byte)_bits;

    public string TemporalText => (string)_ref!;

    /// <summary>Raw payload bits, for encoders.</summary>
    public long RawBits => _bits;

    public static readonly int EpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    public override string ToString() => Kind switch
    {
        PropertyKind.Null => "null",
        PropertyKind.Boolean => AsBoolean ? "true" : "false",
        PropertyKind.Integer => AsInteger.ToString(CultureInfo.InvariantCulture),
        PropertyKind.Float => AsFloat.ToString("R", CultureInfo.InvariantCulture),
        PropertyKind.String => AsString,
        PropertyKind.Date => AsDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        PropertyKind.DateTime => AsDateTime.ToString("O", CultureInfo.InvariantCulture),
        PropertyKind.StringList => "[" + string.Join(", ", AsStringList) + "]",
        PropertyKind.List => "[" + string.Join(", ", AsList) + "]",
        PropertyKind.Temporal => TemporalText,
        _ => "?",
    };

    public bool Equals(PropertyValue other) =>
        Kind == other.Kind && _bits == other._bits && Kind switch
        {
            PropertyKind.String => string.Equals((string?)_ref, (string?)other._ref, StringComparison.Ordinal),
            PropertyKind.StringList => ((string[])_ref!).AsSpan().SequenceEqual((string[])other._ref!),
            PropertyKind.List => ((PropertyValue[])_ref!).AsSpan().SequenceEqual((PropertyValue[])other._ref!),
            PropertyKind.Temporal => string.Equals((string)_ref!, (string)other._ref!, StringComparison.Ordinal),
            PropertyKind.DateTime => (short)_ref! == (short)other._ref!,
            _ => true,
        };

    public override int GetHashCode() => Kind switch
    {
        PropertyKind.String => HashCode.Combine(Kind, StringComparer.Ordinal.GetHashCode((string)_ref!)),
        PropertyKind.StringList => HashCode.Combine(Kind, ((string[])_ref!).Length),
        PropertyKind.List => ListHash((PropertyValue[])_ref!),
        PropertyKind.Temporal => HashCode.Combine(Kind, _bits, StringComparer.Ordinal.GetHashCode((string)_ref!)),
        _ => HashCode.Combine(Kind, _bits),
    };

    /// <summary>Items are hashed too (unlike string lists) so that same-length lists, common as grouping keys, do not all collide.</summary>
    private static int ListHash(PropertyValue[] items)
    {
        var hash = default(HashCode);
        hash.Add(PropertyKind.List);
        foreach (PropertyValue item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
