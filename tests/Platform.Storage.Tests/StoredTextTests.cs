using Platform.Storage.Persistence;

namespace Platform.Storage.Tests;

public sealed class StoredTextTests
{
    // Lone surrogates cannot travel through attribute metadata, so the cases are built in code: (text, unit inserted at {0}).
    [Theory]
    [InlineData("plain text", -1, false)]
    [InlineData("a{0}b", 0x0000, true)]
    [InlineData("lone {0} high", 0xD83D, true)]
    [InlineData("lone {0} low", 0xDE00, true)]
    [InlineData("end {0}", 0xD83D, true)]
    [InlineData("", -1, false)]
    public void Replaces_nul_and_unpaired_surrogates_one_for_one(string template, int unit, bool replaced)
    {
        var input = unit < 0 ? template : template.Replace("{0}", ((char)unit).ToString(), StringComparison.Ordinal);
        var expected = replaced ? template.Replace("{0}", "\uFFFD", StringComparison.Ordinal) : input;

        var cleaned = StoredText.Clean(input);

        Assert.Equal(expected, cleaned);
        Assert.Equal(input.Length, cleaned.Length);
    }

    [Fact]
    public void Keeps_surrogate_pairs()
    {
        var text = "pair " + char.ConvertFromUtf32(0x1F600) + " kept";
        Assert.Same(text, StoredText.Clean(text));
    }

    [Fact]
    public void Keeps_null_and_returns_clean_text_as_is()
    {
        Assert.Null(StoredText.Clean(null));
        var text = "Mokpo 목포";
        Assert.Same(text, StoredText.Clean(text));
    }

    [Theory]
    [InlineData("PublishedOffsetMinutes", "published_offset_minutes")]
    [InlineData("Id", "id")]
    [InlineData("DocumentJson", "document_json")]
    [InlineData("HTMLBody", "html_body")]
    public void Snake_case_names_follow_the_schema(string property, string column) =>
        Assert.Equal(column, PlatformModel.ToSnakeCase(property));
}
