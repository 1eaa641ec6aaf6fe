using CsCheck;
using Omov.Elections.Credentials;

namespace Omov.Elections.Tests.Credentials;

/// <summary>
/// The check characters catch every single-character substitution and every transposition of two
/// different characters (adjacent ones exhaustively), and any two substitutions.
/// </summary>
public sealed class VotingCodeCheckPropertyTests
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private static readonly Gen<VotingCode> s_code = Gen.Byte.Array[16].Select(b => VotingCode.FromBytes(b));

    [Fact]
    public void Parse_EverySingleSubstitution_IsDetected()
    {
        s_code.Sample(code =>
        {
            var token = code.ToLinkToken();
            for (var position = 0; position < token.Length; position++)
            {
                foreach (var other in Alphabet.Where(c => c != token[position]))
                {
                    var typed = token[..position] + other + token[(position + 1)..];
                    Assert.False(VotingCode.Parse(typed).Success, $"substituting at {position} was not detected");
                }
            }
        }, iter: 100);
    }

    [Fact]
    public void Parse_EveryAdjacentTransposition_IsDetected()
    {
        s_code.Sample(code =>
        {
            var token = code.ToLinkToken();
            for (var position = 0; position + 1 < token.Length; position++)
            {
                if (token[position] == token[position + 1])
                {
                    continue;
                }

                var typed = token[..position] + token[position + 1] + token[position] + token[(position + 2)..];
                var parsed = VotingCode.Parse(typed);
                Assert.False(parsed.Success, $"swapping {position} and {position + 1} was not detected");
                Assert.Equal(VotingCodeProblem.CheckFailed, parsed.Problem);
            }
        }, iter: 2000);
    }

    [Fact]
    public void Parse_AnyTranspositionOrTwoSubstitutions_IsDetected()
    {
        Gen.Select(s_code, Gen.Int[0, 27], Gen.Int[0, 27], Gen.Int[1, 31], Gen.Int[1, 31], Gen.Bool).Sample((code, i, j, di, dj, swap) =>
        {
            var symbols = code.ToLinkToken().Select(c => Alphabet.IndexOf(c, StringComparison.Ordinal)).ToArray();
            if (i == j)
            {
                return;
            }

            if (swap)
            {
                if (symbols[i] == symbols[j])
                {
                    return;
                }

                (symbols[i], symbols[j]) = (symbols[j], symbols[i]);
            }
            else
            {
                symbols[i] ^= di;
                symbols[j] ^= dj;
            }

            Assert.False(VotingCode.Parse(new string([.. symbols.Select(s => Alphabet[s])])).Success);
        }, iter: 20_000);
    }

    [Fact]
    public void ParseThenDisplay_AnyCode_RoundTrips()
    {
        s_code.Sample(code =>
        {
            var parsed = VotingCode.Parse(code.ToDisplayText().ToLowerInvariant());

            Assert.True(parsed.Success, parsed.Error);
            Assert.Equal(code.ToBytes(), parsed.Code.ToBytes());
        }, iter: 2000);
    }
}
