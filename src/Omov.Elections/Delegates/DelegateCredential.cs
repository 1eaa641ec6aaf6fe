namespace Omov.Elections.Delegates;

/// <summary>One elected delegate, for conference credentials.</summary>
/// <param name="Order">1-based order of election.</param>
/// <param name="Candidate">Who.</param>
/// <param name="Place">The place they fill: <c>ordinary</c>, <c>women</c> (the women's extra) or <c>youth</c> (the youth extra).</param>
public sealed record DelegateCredential(int Order, DelegateCandidate Candidate, string Place);
