namespace Graph.Cypher.Engine.Transactions;

/// <summary>A relationship the transaction created; its discriminator is generated so it never merges with another.</summary>
internal sealed record NewRelationship(int Type, int Start, int End, string Discriminator);
