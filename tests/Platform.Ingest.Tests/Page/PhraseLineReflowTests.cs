using Platform.Ingest.Decoding.Page;
using Xunit;

namespace Platform.Ingest.Tests.Page;

/// <summary>Text copied out of a PDF column (one phrase per line; invented magazine page): paragraphs come back.</summary>
public sealed class PhraseLineReflowTests
{
    private static readonly string[] Column =
    [
        "HARBOUR QUARTERLY      No. 3 (2025)                                    12",
        "PORTRAIT",
        "The Last",
        "Lamplighter",
        "of Dunmore",
        "For thirty years",
        "Aidan Feeney has lit the",
        "gas lamps along the quay.",
        "Text: Orla Breen",
        "Dunmore, 14 March 2025",
        "The lamps on the quay were",
        "installed in 1891 and still",
        "burn town gas. Feeney climbs",
        "a short ladder to each one at",
        "dusk and turns a brass tap; the",
        "mantle catches with a soft",
        "pop, and the light spreads over",
        "the wet stones of the slip-",
        "way and the moored boats.",
        "\"People think it is a show,\"",
        "he says. \"It is a job.\"",
    ];

    [Fact]
    public void Run_on_lines_join_into_paragraphs_and_a_word_broken_at_a_line_end_is_mended()
    {
        var lines = PhraseLineReflow.TryReflow(Column);
        Assert.NotNull(lines);
        Assert.Contains(lines!, l => l.StartsWith("The lamps on the quay were installed in 1891", StringComparison.Ordinal)
                                    && l.Contains("the wet stones of the slipway and the moored boats.", StringComparison.Ordinal));
        Assert.Contains("\"People think it is a show,\" he says. \"It is a job.\"", lines!);
    }

    [Fact]
    public void A_title_set_over_short_lines_is_one_line_and_credits_dates_and_kickers_stand_alone()
    {
        var lines = PhraseLineReflow.TryReflow(Column)!;
        Assert.Contains("The Last Lamplighter of Dunmore", lines);
        Assert.Contains("Text: Orla Breen", lines);
        Assert.Contains("Dunmore, 14 March 2025", lines);
        Assert.Contains("PORTRAIT", lines);
        Assert.Contains("HARBOUR QUARTERLY No. 3 (2025)", lines);
    }

    [Fact]
    public void A_folio_between_dashes_is_page_furniture_and_joins_no_title()
    {
        var withFolio = Column.Take(1).Concat(["— 3 —"]).Concat(Column.Skip(1)).ToArray();
        var lines = PhraseLineReflow.TryReflow(withFolio)!;
        Assert.Contains("The Last Lamplighter of Dunmore", lines);
        Assert.DoesNotContain(lines, l => l.Contains("— 3 —", StringComparison.Ordinal));
    }

    [Fact]
    public void A_web_page_with_short_menu_lines_is_left_as_it_is()
    {
        string[] page =
        [
            "Home", "News", "Sport", "Business", "Opinion", "Sign in", "Subscribe", "Most read", "Storm closes ferry route",
            "Council approves bus lanes", "Harbour board votes to close the old fish market", "By Daniel Reyes", "4 March 2025",
            "The harbour board voted on Monday to close the old fish market on the quay, ending a trade of two centuries.",
            "Traders will move to a new hall beside the ferry terminal in the spring.", "Related", "Ferry fares rise again",
        ];
        Assert.Null(PhraseLineReflow.TryReflow(page));
    }
}
