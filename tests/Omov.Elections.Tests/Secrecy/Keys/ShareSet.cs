using Omov.Elections.Secrecy.Keys;

namespace Omov.Elections.Tests.Secrecy.Keys;

/// <summary>Unlocked shares that are disposed together at the end of a test.</summary>
internal sealed class ShareSet(List<KeyShare> shares) : IDisposable
{
    public List<KeyShare> Shares { get; } = shares;

    public void Dispose() => Shares.ForEach(s => s.Dispose());
}
