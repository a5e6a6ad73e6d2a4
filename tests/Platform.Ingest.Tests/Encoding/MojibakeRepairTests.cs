using Platform.Ingest.Decoding.Bytes;

namespace Platform.Ingest.Tests.Encodings;

/// <summary>What <see cref="MojibakeRepair"/> replaces (UTF-8 once read as Windows-1252) and what it leaves alone.</summary>
public sealed class MojibakeRepairTests
{
    [Theory]
    [InlineData("Koreaâ€™s", "Korea’s")]
    [InlineData("cafÃ©", "café")]
    [InlineData("Issue 212 Â· February", "Issue 212 · February")]
    [InlineData("â€œRiders should not have to guess,â€\u009d said Zhang", "“Riders should not have to guess,” said Zhang")]
    [InlineData("â€” Tom Becker", "— Tom Becker")]
    [InlineData("Ã¼ber die BrÃ¼cke", "über die Brücke")]
    [InlineData("Ð¡ÐµÑ€Ð³ÐµÐ¹", "Сергей")]
    [InlineData("ì„œìš¸", "서울")]
    [InlineData("ðŸ˜€ and ï»¿", "😀 and \uFEFF")]
    [InlineData("costs Â£1.2 million", "costs £1.2 million")]
    public void Double_encoded_sequences_are_replaced(string mojibake, string clean)
    {
        Assert.Equal(clean, MojibakeRepair.Repair(mojibake));
    }

    [Fact]
    public void Counts_one_repair_per_original_character()
    {
        var text = MojibakeRepair.Repair("Koreaâ€™s envoy met Sergei Shoiguâ€™s deputy at the cafÃ©", out var repaired);
        Assert.Equal("Korea’s envoy met Sergei Shoigu’s deputy at the café", text);
        Assert.Equal(3, repaired);
    }

    [Fact]
    public void Latin1_reading_with_c1_controls_is_repaired_too()
    {
        Assert.Equal("Korea’s", MojibakeRepair.Repair("Koreaâ\u0080\u0099s"));
    }

    [Fact]
    public void Triple_encoding_unwinds()
    {
        Assert.Equal("Korea’s", MojibakeRepair.Repair("KoreaÃ¢â‚¬â„¢s"));
    }

    [Fact]
    public void A_closing_quote_whose_undefined_byte_was_dropped_is_restored_in_double_encoded_text()
    {
        var text = MojibakeRepair.Repair("â€œRiders should not have to guess,â€ said Zhang", out var repaired);
        Assert.Equal("“Riders should not have to guess,” said Zhang", text);
        Assert.Equal(2, repaired);
    }

    [Theory]
    [InlineData("SÃO PAULO - A prefeitura anunciou que NÃO vai reajustar a tarifa")]
    [InlineData("Korea’s café owners met in São Paulo")]
    [InlineData("CAFÉ’S NEW MENU")]
    [InlineData("Ü“ and à« are odd but genuine")]
    [InlineData("서울시는 다음 달부터 심야 버스를 운영한다")]
    [InlineData("Plain ASCII text stays as it is.")]
    public void Text_without_unambiguous_double_encoding_is_left_alone(string text)
    {
        Assert.Equal(text, MojibakeRepair.Repair(text, out var repaired));
        Assert.Equal(0, repaired);
        Assert.False(MojibakeRepair.LooksDoubleEncoded(text));
    }

    [Fact]
    public void A_bare_closing_quote_remnant_alone_is_not_guessed()
    {
        Assert.Equal("price â€ list", MojibakeRepair.Repair("price â€ list"));
    }

    [Fact]
    public void Decomposed_accents_are_repaired_after_a_letter()
    {
        // "é" written as e + U+0301 (E2 80 ... no: CC 81), read as Windows-1252.
        Assert.Equal("Cafe\u0301", MojibakeRepair.Repair("CafeÌ\u0081"));
    }
}
