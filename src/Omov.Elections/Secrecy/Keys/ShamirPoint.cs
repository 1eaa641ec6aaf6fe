using System.Numerics;

namespace Omov.Elections.Secrecy.Keys;

/// <summary>One point (x, y) of a sharing polynomial over the P-256 scalar field; x is the share number.</summary>
internal readonly record struct ShamirPoint(int X, BigInteger Y);
