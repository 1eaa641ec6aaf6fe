namespace Omov.Elections.Secrecy.Keys;

/// <summary>One share in a ceremony record: its number, its holder and its verification key (share·G, SEC 1 bytes).</summary>
public sealed record ShareHolder(int Index, string Holder, byte[] VerificationKey);
