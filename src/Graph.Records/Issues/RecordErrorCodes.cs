namespace Graph.Records.Issues;

/// <summary>
/// Every issue code the readers report, in one place. Codes are stable (rejects files and load
/// summaries are compared across runs), so a code is never renumbered or reused.
/// </summary>
public static class RecordErrorCodes
{
    public const string BrokenQuote = "REC001";
    public const string WrongColumnCount = "REC002";
    public const string MissingKeyField = "REC003";
    public const string WrongType = "REC004";
    public const string MalformedJson = "REC005";
    public const string NotJsonObject = "REC006";
    public const string RowTooLong = "REC007";
    public const string UnreadableHeader = "REC008";
    public const string DuplicateColumn = "REC009";
    public const string UnknownEnumValue = "REC010";
    public const string InvalidResidentId = "REC011";
    public const string InvalidUscc = "REC012";
    public const string InvalidPartyId = "REC013";
    public const string UnrecognisedFile = "REC020";
    public const string UnreadableFile = "REC021";

    private static readonly Dictionary<string, RecordErrorCode> ByCode = new RecordErrorCode[]
    {
        new(BrokenQuote, IssueSeverity.Error, "broken or unterminated quote"),
        new(WrongColumnCount, IssueSeverity.Error, "column count differs from the header"),
        new(MissingKeyField, IssueSeverity.Error, "missing key field"),
        new(WrongType, IssueSeverity.Error, "value does not parse as the field's type"),
        new(MalformedJson, IssueSeverity.Error, "malformed JSON"),
        new(NotJsonObject, IssueSeverity.Error, "line is not a JSON object"),
        new(RowTooLong, IssueSeverity.Error, "row longer than the reader's limit"),
        new(UnreadableHeader, IssueSeverity.Error, "header row unreadable: file not loaded"),
        new(DuplicateColumn, IssueSeverity.Warning, "duplicate column in header: the first one is used"),
        new(UnknownEnumValue, IssueSeverity.Warning, "value not among the field's allowed values"),
        new(InvalidResidentId, IssueSeverity.Warning, "invalid resident id: kept as a weak attribute"),
        new(InvalidUscc, IssueSeverity.Warning, "invalid USCC: kept as a weak attribute"),
        new(InvalidPartyId, IssueSeverity.Warning, "id is neither a valid resident id nor a valid USCC: kept as a weak attribute"),
        new(UnrecognisedFile, IssueSeverity.Warning, "file not recognised as a record file: not loaded"),
        new(UnreadableFile, IssueSeverity.Error, "file could not be read"),
    }.ToDictionary(c => c.Code, StringComparer.Ordinal);

    public static IReadOnlyCollection<RecordErrorCode> All => ByCode.Values;

    public static RecordErrorCode Describe(string code) =>
        ByCode.TryGetValue(code, out var description)
            ? description
            : throw new ArgumentException($"Unknown record issue code '{code}'.", nameof(code));
}
