using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using Omov.Elections.Secrecy.Sealing;

namespace Omov.Elections.Secrecy.Keys;

/// <summary>
/// The key ceremony (procedure in docs/secret-ballot.md): creates the election key, splits it k of
/// n, protects each share with its scrutineer's passphrase, and proves before anyone votes that the
/// shares work — every share file unlocks with its passphrase, every share lies on one polynomial of
/// degree k-1 (so any k rebuild the same key), and a test ballot sealed to the public key opens
/// through <see cref="BoxOpening"/> with the first k shares and with the last k. The whole private
/// key is dropped before this returns: its scalar arrays are zeroed (BigInteger copies cannot be,
/// and live only inside this call).
/// </summary>
public static class KeyCeremony
{
    private const int TestPlaintextLength = 64;

    /// <summary>Runs the ceremony, or says everything wrong with <paramref name="request"/>.</summary>
    public static KeyCeremonyResult Run(KeyCeremonyRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = Check(request);
        if (problems.Count > 0)
        {
            return KeyCeremonyResult.Fail(problems);
        }

        var n = request.Scrutineers.Count;
        var k = request.Threshold;
        ElectionPublicKey publicKey;
        ShamirPoint[] points;
        using (var key = ElectionPrivateKey.Generate())
        {
            publicKey = key.PublicKey;
            var scalar = key.ExportScalar();
            try
            {
                points = Shamir.Split(P256.FromBytes(scalar), k, n);
            }
            finally
            {
                CryptographicOperations.ZeroMemory(scalar);
            }
        }

        var files = new ShareFile[n];
        var holders = new ShareHolder[n];
        for (var i = 0; i < n; i++)
        {
            using var share = new KeyShare(publicKey.KeyId, i + 1, n, k, P256.ToBytes(points[i].Y));
            var scrutineer = request.Scrutineers[i];
            files[i] = ShareFile.Protect(share, publicKey, scrutineer.Holder, scrutineer.Passphrase, request.Iterations);
            holders[i] = new ShareHolder(i + 1, scrutineer.Holder, files[i].VerificationKey);
        }

        Array.Clear(points);
        var testPlaintext = RandomNumberGenerator.GetBytes(TestPlaintextLength);
        var testBallot = BallotSealer.Seal(publicKey, testPlaintext, BallotContext.ForCeremonyTest(request.EventId));
        var record = new KeyCeremonyRecord
        {
            EventId = request.EventId,
            PublicKey = publicKey,
            Threshold = k,
            Holders = holders,
            TestBallot = testBallot.ToBytes(),
            TestPlaintextDigest = Convert.ToHexStringLower(SHA256.HashData(testPlaintext)),
            OpenedWith = [],
            AllSharesConsistent = false,
        };

        var proof = Prove(record, files, request.Scrutineers);
        return proof.Failure is { } failure
            ? KeyCeremonyResult.Fail([$"The ceremony's own proof failed, so its key was thrown away; run the ceremony again. {failure}"])
            : KeyCeremonyResult.Ok(record with { OpenedWith = proof.OpenedWith, AllSharesConsistent = true }, files);
    }

    /// <summary>
    /// Proves a ceremony's outcome as scrutineers will use it: unlock every file with its
    /// passphrase, check the shares agree, open the test ballot with the first k and the last k.
    /// </summary>
    private static (IReadOnlyList<IReadOnlyList<int>> OpenedWith, string? Failure) Prove(
        KeyCeremonyRecord record, ShareFile[] files, IReadOnlyList<ScrutineerPassphrase> scrutineers)
    {
        var shares = new List<KeyShare>(files.Length);
        try
        {
            for (var i = 0; i < files.Length; i++)
            {
                var unlocked = files[i].Unlock(scrutineers[i].Passphrase);
                if (!unlocked.Success)
                {
                    return ([], unlocked.Error);
                }

                shares.Add(unlocked.Share);
            }

            if (!AllOnOnePolynomial(shares, record.Threshold))
            {
                return ([], "The shares do not lie on one polynomial of the threshold's degree.");
            }

            var k = record.Threshold;
            List<List<KeyShare>> subsets = [shares.Take(k).ToList()];
            if (files.Length > k)
            {
                subsets.Add(shares.Skip(files.Length - k).ToList());
            }

            var opened = new List<IReadOnlyList<int>>();
            foreach (var subset in subsets)
            {
                var failure = OpenTestBallot(record, subset);
                if (failure is not null)
                {
                    return ([], failure);
                }

                opened.Add([.. subset.Select(s => s.Index)]);
            }

            return (opened, null);
        }
        finally
        {
            shares.ForEach(s => s.Dispose());
        }
    }

    /// <summary>Opens the record's test ballot with <paramref name="shares"/>; null when it gives the recorded plaintext.</summary>
    internal static string? OpenTestBallot(KeyCeremonyRecord record, IReadOnlyList<KeyShare> shares)
    {
        var names = string.Join(", ", shares.Select(s => s.Index.ToString(CultureInfo.InvariantCulture)));
        var box = BoxOpening.Open(record, shares);
        if (!box.Success)
        {
            return $"Shares {names}: {box.Error}";
        }

        using var opener = box.Opener;
        var opened = opener.Open(record.TestBallot, BallotContext.ForCeremonyTest(record.EventId));
        if (!opened.Success)
        {
            return $"Shares {names}: {opened.Error}";
        }

        var digest = Convert.ToHexStringLower(SHA256.HashData(opened.Plaintext));
        CryptographicOperations.ZeroMemory(opened.Plaintext);
        return digest == record.TestPlaintextDigest ? null : $"Shares {names} opened the test ballot to the wrong plaintext.";
    }

    /// <summary>
    /// Whether the shares after the first k all agree with the polynomial through the first k.
    /// If they do, every set of k shares interpolates that same polynomial, and so the same key.
    /// </summary>
    private static bool AllOnOnePolynomial(IReadOnlyList<KeyShare> shares, int threshold)
    {
        var points = shares.Select(s => new ShamirPoint(s.Index, P256.FromBytes(s.Value))).ToList();
        var basis = points.Take(threshold).ToList();
        return points.Skip(threshold).All(p => Shamir.InterpolateAt(basis, new BigInteger(p.X)) == p.Y);
    }

    private static List<string> Check(KeyCeremonyRequest request)
    {
        var problems = new List<string>();
        var n = request.Scrutineers?.Count ?? 0;
        var k = request.Threshold;
        if (string.IsNullOrWhiteSpace(request.EventId))
        {
            problems.Add("The ballot event is not named.");
        }

        if (n < 1)
        {
            problems.Add("A key ceremony needs at least one scrutineer.");
        }
        else if (n > KeyCeremonyRequest.MaxScrutineers)
        {
            problems.Add(Say($"A key ceremony takes at most {KeyCeremonyRequest.MaxScrutineers} scrutineers; {n} were named."));
        }

        if (k < 1)
        {
            problems.Add(Say($"The threshold (shares needed to open the box) must be at least 1; it is {k}."));
        }
        else if (n >= 1 && k > n)
        {
            problems.Add(Say($"The threshold is {k}, but there are only {n} scrutineers: the box could never be opened."));
        }

        if (request.Iterations is < 1 or > ShareFile.MaxIterations)
        {
            problems.Add(Say($"The passphrase iteration count must be from 1 to {ShareFile.MaxIterations}."));
        }

        if (n is < 1 or > KeyCeremonyRequest.MaxScrutineers)
        {
            return problems;
        }

        var holders = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var passphrases = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var scrutineer = request.Scrutineers![i];
            var who = Say($"Scrutineer {i + 1}");
            if (string.IsNullOrWhiteSpace(scrutineer.Holder))
            {
                problems.Add($"{who} has no name.");
            }
            else if (!holders.Add(scrutineer.Holder.Trim()))
            {
                problems.Add($"{who} has the same name as another scrutineer; each share needs a holder who can be told apart.");
            }
            else if (scrutineer.Holder.Length > 100)
            {
                problems.Add($"{who}'s name is longer than 100 characters.");
            }

            problems.AddRange(SharePassphrasePolicy.Check(scrutineer.Passphrase).Select(p => $"{who}: {p}"));
            if (passphrases.TryGetValue(scrutineer.Passphrase, out var earlier))
            {
                problems.Add(Say($"{who} has the same passphrase as scrutineer {earlier}; whoever knows it could unlock both shares."));
            }
            else
            {
                passphrases[scrutineer.Passphrase] = i + 1;
            }
        }

        return problems;
    }

    private static string Say(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
