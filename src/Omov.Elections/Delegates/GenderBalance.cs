namespace Omov.Elections.Delegates;

/// <summary>
/// The gender rule on the ordinary delegates: at least one woman in every <see cref="WomenEvery"/>
/// delegates, an odd remainder rounded by <see cref="OddRounding"/>; and where a local party sends
/// one ordinary delegate, a woman at least every other year when <see cref="SingleDelegateAlternates"/>.
/// </summary>
/// <param name="WomenEvery">Labour: 2 ("every second delegate a woman").</param>
/// <param name="OddRounding">Down: 3 delegates need 1 woman (labour-rules.md §7.2); Up: 2.</param>
/// <param name="SingleDelegateAlternates">Whether a sole delegate must be a woman when last year's was not.</param>
/// <param name="UnknownLastYearNeedsWoman">With no record of last year's sole delegate: true, this year's must be a woman (the safe reading).</param>
public sealed record GenderBalance(int WomenEvery, BandRounding OddRounding, bool SingleDelegateAlternates, bool UnknownLastYearNeedsWoman = true);
