namespace Graph.Cypher.Diagnostics;

/// <summary>
/// Stable codes of syntax diagnostics. CYP1xx are raised by the lexer and parser; a later binder can map
/// them onto the TCK's error details (IntegerOverflow, InvalidNumberLiteral, UnexpectedSyntax, ...).
/// </summary>
public static class DiagnosticCodes
{
    public const string BadCharacter = "CYP100";
    public const string UnexpectedToken = "CYP101";
    public const string ExpectedExpression = "CYP102";
    public const string ExpectedClause = "CYP103";
    public const string UnterminatedString = "CYP104";
    public const string UnterminatedComment = "CYP105";
    public const string UnterminatedQuotedName = "CYP106";
    public const string InvalidEscapeSequence = "CYP107";
    public const string InvalidUnicodeLiteral = "CYP108";
    public const string InvalidNumberLiteral = "CYP109";
    public const string IntegerOverflow = "CYP110";
    public const string FloatingPointOverflow = "CYP111";
    public const string ExpectedPattern = "CYP112";
    public const string EmptyQuery = "CYP113";
    public const string InvalidUpdateTarget = "CYP114";
    public const string NestingTooDeep = "CYP115";
}
