using Graph.Records.Identifiers;
using Graph.Records.Issues;
using Graph.Records.Rows;
using Graph.Records.Schema;

namespace Graph.Records.Reading;

/// <summary>
/// Checks a row against its schema: typed fields parse and key fields are present (errors: the row is rejected);
/// enum values are allowed and ids pass their checks (warnings: the row is kept, an invalid id as a weak attribute).
/// </summary>
public static class RowValidator
{
    public static void Validate(RecordSchema schema, RecordRow row, List<FieldProblem> problems)
    {
        foreach (var (name, value) in row.Fields)
        {
            if (schema.Field(name) is { } spec && !string.IsNullOrWhiteSpace(value) && Check(spec, value, row) is { } problem)
            {
                problems.Add(problem);
            }
        }

        foreach (var part in schema.Key)
        {
            if (RecordSchema.ChosenAlternative(part, row) is null)
            {
                problems.Add(new FieldProblem(RecordErrorCodes.MissingKeyField, part.ToString(), "no value"));
            }
        }
    }

    public static bool HasError(List<FieldProblem> problems)
    {
        foreach (var problem in problems)
        {
            if (RecordErrorCodes.Describe(problem.Code).Severity == IssueSeverity.Error)
            {
                return true;
            }
        }

        return false;
    }

    private static FieldProblem? Check(FieldSpec spec, string value, RecordRow row) => spec.Type switch
    {
        FieldType.Date => FieldParsers.TryDate(value, out _) ? null : WrongType(spec, value, "a date (YYYY-MM-DD)"),
        FieldType.Timestamp => FieldParsers.TryTimestamp(value, out _) ? null : WrongType(spec, value, "an ISO-8601 timestamp"),
        FieldType.Decimal => FieldParsers.TryDecimal(value, out _) ? null : WrongType(spec, value, "a decimal number"),
        FieldType.Integer => FieldParsers.TryInteger(value, out _) ? null : WrongType(spec, value, "an integer"),
        FieldType.Boolean => FieldParsers.TryBoolean(value, out _) ? null : WrongType(spec, value, "a boolean (true/false, 1/0, yes/no)"),
        FieldType.Enum => spec.Allows(value)
            ? null
            : new FieldProblem(RecordErrorCodes.UnknownEnumValue, spec.Name, $"'{value}' (allowed: {string.Join('|', spec.AllowedValues!)})"),
        FieldType.ResidentId => CheckResidentId(spec.Name, value),
        FieldType.Uscc => CheckUscc(spec.Name, value),
        FieldType.PartyId => CheckPartyId(spec, value, row),
        _ => null,
    };

    private static FieldProblem WrongType(FieldSpec spec, string value, string expected) =>
        new(RecordErrorCodes.WrongType, spec.Name, $"'{value}' is not {expected}");

    private static FieldProblem? CheckResidentId(string field, string value) =>
        ResidentId.Validate(value) is var validity and not IdValidity.Valid
            ? new FieldProblem(RecordErrorCodes.InvalidResidentId, field, $"'{value}': {validity}")
            : null;

    private static FieldProblem? CheckUscc(string field, string value) =>
        Uscc.Validate(value) is var validity and not IdValidity.Valid
            ? new FieldProblem(RecordErrorCodes.InvalidUscc, field, $"'{value}': {validity}")
            : null;

    private static FieldProblem? CheckPartyId(FieldSpec spec, string value, RecordRow row)
    {
        var kind = spec.KindField is null ? null : row.Get(spec.KindField);
        if (kind is not null && kind.Equals("person", StringComparison.OrdinalIgnoreCase))
        {
            return CheckResidentId(spec.Name, value);
        }

        if (kind is not null && kind.Equals("company", StringComparison.OrdinalIgnoreCase))
        {
            return CheckUscc(spec.Name, value);
        }

        return ResidentId.IsValid(value) || Uscc.IsValid(value)
            ? null
            : new FieldProblem(RecordErrorCodes.InvalidPartyId, spec.Name, $"'{value}'");
    }
}
