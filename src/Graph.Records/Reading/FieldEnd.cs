namespace Graph.Records.Reading;

internal enum FieldEnd
{
    Comma,
    Newline,
    EndOfData,
    Broken,
}
