namespace Graph.Api.Services;

/// <summary>A name and how many of it.</summary>
public sealed record CountView(string Name, int Count);
