using System.Security.Cryptography;
using Omov.Elections.Secrecy.Keys;

namespace Omov.Data.Tests.Voting;

/// <summary>Election keys for storage tests, which only seal: the private half never leaves a ceremony.</summary>
internal static class TestKeys
{
    public static ElectionPublicKey NewPublicKey()
    {
        using var key = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        var q = key.ExportParameters(includePrivateParameters: false).Q;
        return ElectionPublicKey.FromBytes([0x04, .. q.X!, .. q.Y!])!;
    }
}
