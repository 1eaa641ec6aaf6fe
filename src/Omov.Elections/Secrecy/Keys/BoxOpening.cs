using System.Globalization;
using System.Security.Cryptography;
using Omov.Elections.Secrecy.Sealing;

namespace Omov.Elections.Secrecy.Keys;

/// <summary>
/// Rebuilds the election private key from k or more unlocked shares and gives a
/// <see cref="BallotOpener"/>. Each check names what failed: a share of another key or ceremony,
/// a share given twice, too few shares, a share whose value does not match the verification key
/// recorded at the ceremony (so a corrupt share is named before anything is combined), and last
/// whether the combined key is the election key.
/// </summary>
public static class BoxOpening
{
    /// <summary>Checks <paramref name="shares"/> against <paramref name="record"/> and rebuilds the key.</summary>
    public static BoxOpeningResult Open(KeyCeremonyRecord record, IReadOnlyList<KeyShare> shares)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(shares);
        var seen = new HashSet<int>();
        foreach (var share in shares)
        {
            ArgumentNullException.ThrowIfNull(share);
            if (share.KeyId != record.PublicKey.KeyId)
            {
                return BoxOpeningResult.Fail(BoxOpeningFailure.ShareForAnotherKey, Say(
                    $"Share {share.Index} is a share of another election key ({share.KeyId}), not of this one ({record.PublicKey.KeyId})."), share.Index);
            }

            if (share.Index < 1 || share.Index > record.Count || share.Count != record.Count || share.Threshold != record.Threshold)
            {
                return BoxOpeningResult.Fail(BoxOpeningFailure.ShareNotFromThisCeremony, Say(
                    $"Share {share.Index} says it is one of {share.Count} with threshold {share.Threshold}; this key's ceremony made {record.Count} with threshold {record.Threshold}."), share.Index);
            }

            if (!seen.Add(share.Index))
            {
                return BoxOpeningResult.Fail(BoxOpeningFailure.DuplicateShare, Say(
                    $"Share {share.Index} was given more than once; each share counts once."), share.Index);
            }
        }

        if (seen.Count < record.Threshold)
        {
            return BoxOpeningResult.Fail(BoxOpeningFailure.NotEnoughShares, Say(
                $"{record.Threshold} different shares are needed to open the box; {seen.Count} {(seen.Count == 1 ? "was" : "were")} given."));
        }

        foreach (var share in shares)
        {
            var point = P256.PublicPointFor(share.Value);
            if (point is null || !CryptographicOperations.FixedTimeEquals(point, record.Holders[share.Index - 1].VerificationKey))
            {
                return BoxOpeningResult.Fail(BoxOpeningFailure.ShareDoesNotMatchVerificationKey, Say(
                    $"Share {share.Index} does not match the verification key recorded for it at the ceremony: it is corrupt or was made for another key."), share.Index);
            }
        }

        var key = Combine(shares.OrderBy(s => s.Index).Take(record.Threshold).ToList());
        if (key is null || !key.PublicKey.Equals(record.PublicKey))
        {
            key?.Dispose();
            return BoxOpeningResult.Fail(BoxOpeningFailure.CombinedKeyMismatch,
                "The shares combined to a key that is not the election key. Every share matched its verification key, so the ceremony record itself is inconsistent.");
        }

        return BoxOpeningResult.Ok(new BallotOpener(key));
    }

    /// <summary>The key rebuilt from exactly these shares by Lagrange interpolation at 0, or null when that is not a valid key.</summary>
    internal static ElectionPrivateKey? Combine(IReadOnlyList<KeyShare> shares)
    {
        var points = shares.Select(s => new ShamirPoint(s.Index, P256.FromBytes(s.Value))).ToList();
        var scalar = Shamir.Combine(points);
        if (!P256.IsValidScalar(scalar))
        {
            return null;
        }

        var bytes = P256.ToBytes(scalar);
        try
        {
            return ElectionPrivateKey.FromScalar(bytes);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    private static string Say(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
