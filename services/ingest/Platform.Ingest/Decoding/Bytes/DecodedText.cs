namespace Platform.Ingest.Decoding.Bytes;

/// <summary>Text decoded from bytes, with the encoding chosen and why.</summary>
public sealed record DecodedText(string Text, string Encoding, string EncodingReason);

/// <summary>Either decoded text or a rejection reason with a detail sentence.</summary>
public sealed record DecodeResult(DecodedText? Decoded, string? Reason, string? Detail)
{
    public static DecodeResult Ok(DecodedText decoded) => new(decoded, null, null);
    public static DecodeResult Fail(string reason, string detail) => new(null, reason, detail);
}
