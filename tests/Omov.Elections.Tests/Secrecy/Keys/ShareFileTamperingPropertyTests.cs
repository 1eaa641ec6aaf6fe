using CsCheck;
using Omov.Elections.Secrecy.Keys;

namespace Omov.Elections.Tests.Secrecy.Keys;

/// <summary>Any changed byte in any binary field of a share file stops it unlocking, without an exception.</summary>
public sealed class ShareFileTamperingPropertyTests
{
    private static readonly ShareFile s_file = Ceremonies.Run(2, 3).ShareFiles[0];

    [Fact]
    public void Unlock_AnyBinaryFieldChanged_Fails()
    {
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, int.MaxValue], Gen.Byte[1, 255]).Sample((field, where, flip) =>
        {
            var file = field switch
            {
                0 => s_file with { Salt = Flip(s_file.Salt, where, flip) },
                1 => s_file with { Nonce = Flip(s_file.Nonce, where, flip) },
                2 => s_file with { SealedShare = Flip(s_file.SealedShare, where, flip) },
                _ => s_file with { VerificationKey = Flip(s_file.VerificationKey, where, flip) },
            };

            var read = ShareFile.Read(file.ToText());
            if (read.Success)
            {
                Assert.False(read.File.Unlock(Ceremonies.Passphrase(1)).Success);
            }
        }, iter: 200);
    }

    private static byte[] Flip(byte[] bytes, int where, byte flip)
    {
        var copy = (byte[])bytes.Clone();
        copy[where % copy.Length] ^= flip;
        return copy;
    }
}
