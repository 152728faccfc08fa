namespace Graph.Records.Identifiers;

/// <summary>Why an identifier is or is not usable as a strong key.</summary>
public enum IdValidity
{
    Valid,
    Missing,
    BadLength,
    BadCharacters,
    BadBirthDate,
    BadCheckDigit,
}
