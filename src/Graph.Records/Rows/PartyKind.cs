namespace Graph.Records.Rows;

public enum PartyKind
{
    Person,
    Company,
}
