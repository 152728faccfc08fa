namespace Graph.Cypher.Values.Errors;

/// <summary>The TCK detail codes produced by the value system, spelled as the TCK spells them.</summary>
public static class CypherErrorDetail
{
    public const string InvalidArgumentType = "InvalidArgumentType";
    public const string InvalidArgumentValue = "InvalidArgumentValue";
    public const string NumberOutOfRange = "NumberOutOfRange";
    public const string IntegerOverflow = "IntegerOverflow";
    public const string DivisionByZero = "DivisionByZero";
    public const string UnknownFunction = "UnknownFunction";
    public const string InvalidNumberOfArguments = "InvalidNumberOfArguments";
    public const string MapElementAccessByNonString = "MapElementAccessByNonString";
}
