using Graph.Cypher.Binding;

namespace Graph.Cypher.Engine.Planning;

/// <summary>
/// Gives every variable of a query (and every hidden intermediate) its own slot in the one shared
/// row. Symbols are compared by identity: the binder makes a new symbol for each declaration.
/// </summary>
public sealed class SlotAllocator
{
    private readonly Dictionary<VariableSymbol, int> _slots = new(ReferenceEqualityComparer.Instance);

    public int Count { get; private set; }

    /// <summary>The symbol's slot, allocated on first use.</summary>
    public int SlotOf(VariableSymbol symbol)
    {
        if (!_slots.TryGetValue(symbol, out int slot))
        {
            slot = Count++;
            _slots.Add(symbol, slot);
        }

        return slot;
    }

    public bool TryGetSlot(VariableSymbol symbol, out int slot) => _slots.TryGetValue(symbol, out slot);

    /// <summary>A slot for an unnamed intermediate (an aggregate's input, a sort key, ...).</summary>
    public int Temporary() => Count++;
}
