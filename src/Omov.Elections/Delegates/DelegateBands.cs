namespace Omov.Elections.Delegates;

/// <summary>
/// The ordinary delegates: <see cref="FirstBandDelegates"/> for the first <see cref="FirstBand"/>
/// members (or part), then one more for each further <see cref="BandSize"/> members, a part band
/// counted or not by <see cref="Rounding"/>, and at most <see cref="Cap"/> in all (null: no cap).
/// </summary>
/// <param name="FirstBand">Members in the first band (Labour: 749).</param>
/// <param name="FirstBandDelegates">Delegates for the first band (Labour: 1).</param>
/// <param name="BandSize">Members in each further band (Labour: 250).</param>
/// <param name="Rounding">Whether a part band earns a delegate.</param>
/// <param name="Cap">The most ordinary delegates (Labour since 2022: 6), or null.</param>
public sealed record DelegateBands(int FirstBand, int FirstBandDelegates, int BandSize, BandRounding Rounding, int? Cap);
