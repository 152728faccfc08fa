namespace Graph.Records.Schema;

/// <summary>How a field's text is read. Id types are checked but never reject a row: a bad id is a weak attribute.</summary>
public enum FieldType
{
    Text,
    Date,
    Timestamp,
    Decimal,
    Integer,
    Boolean,
    Enum,

    /// <summary>An 18-character resident id (GB 11643).</summary>
    ResidentId,

    /// <summary>An 18-character unified social credit code (GB 32100).</summary>
    Uscc,

    /// <summary>A party's id: a resident id or a USCC, depending on the party's <c>_kind</c> field.</summary>
    PartyId,
}
