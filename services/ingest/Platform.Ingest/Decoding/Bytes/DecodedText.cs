namespace Platform.Ingest.Decoding.Bytes;

/// <summary>Text decoded from bytes, with the encoding chosen and why.</summary>
public sealed record DecodedText(string Text, string Encoding, string EncodingReason)
{
    /// <summary>What the decoder worked around (invalid bytes replaced, double-encoded text repaired); empty when nothing.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>Either decoded text or a rejection reason with a detail sentence.</summary>
public sealed record DecodeResult(DecodedText? Decoded, string? Reason, string? Detail)
{
    public static DecodeResult Ok(DecodedText decoded) => new(decoded, null, null);
    public static DecodeResult Fail(string reason, string detail) => new(null, reason, detail);
}
