namespace Graph.Records.Schema;

/// <summary>Terse constructors that keep the schema table in <see cref="RecordSchemas"/> readable.</summary>
internal static class SchemaBuilder
{
    public static FieldSpec Text(string name) => new(name, FieldType.Text);

    public static FieldSpec Date(string name) => new(name, FieldType.Date);

    public static FieldSpec Timestamp(string name) => new(name, FieldType.Timestamp);

    public static FieldSpec Decimal(string name) => new(name, FieldType.Decimal);

    public static FieldSpec Integer(string name) => new(name, FieldType.Integer);

    public static FieldSpec Boolean(string name) => new(name, FieldType.Boolean);

    public static FieldSpec Enum(string name, params string[] allowed) => new(name, FieldType.Enum, allowed);

    public static FieldSpec Rid(string name) => new(name, FieldType.ResidentId);

    public static FieldSpec Uscc(string name) => new(name, FieldType.Uscc);

    public static FieldSpec PartyId(string name, string? kindField = null) => new(name, FieldType.PartyId, KindField: kindField);
}
