namespace Omov.Data.Outbox;

/// <summary>
/// One merge value for a templated message: a piece of text, or a list of them (the contests on
/// a ballot), which a template line repeats once per item.
/// </summary>
public sealed record MergeValue
{
    private MergeValue(string? text, IReadOnlyList<string>? items)
    {
        Text = text;
        Items = items;
    }

    /// <summary>The text, when this is a single value.</summary>
    public string? Text { get; }

    /// <summary>The items, when this is a list.</summary>
    public IReadOnlyList<string>? Items { get; }

    public bool IsList => Items is not null;

    public static MergeValue Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new MergeValue(text, null);
    }

    public static MergeValue List(IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new MergeValue(null, [.. items]);
    }

    public static implicit operator MergeValue(string text) => Of(text);

    public static MergeValue FromString(string text) => Of(text);

    public override string ToString() => Text ?? string.Join(", ", Items!);
}
