namespace Graph.Records.Reading;

internal enum CsvReadResult
{
    Row,

    /// <summary>The row could not be tokenised; the tokenizer has already moved to the next line.</summary>
    Broken,
    EndOfData,
}
