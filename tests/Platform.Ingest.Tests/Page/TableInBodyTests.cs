namespace Platform.Ingest.Tests.Page;

/// <summary>A results table or standings between paragraphs is part of the article: the body goes on after it.</summary>
public sealed class TableInBodyTests
{
    private const string Before =
        "Tides hold off Kingfishers to stay top\nBy Aroha Tane\nApril 7, 2025 10:30pm NZST\n\n" +
        "The Tasman Tides stayed top of the premiership with a 57-52 win over the Kapiti Kingfishers in front of 3,150 fans on Sunday, their seventh win in nine matches.\n\n" +
        "\"We got a bit nervous at the end, but the girls kept their heads,\" coach Shona Fairbairn said after the match in Nelson.\n\n" +
        "The Kingfishers, who had won their previous four matches, cut the gap to two goals in the last quarter but could not finish the job.\n\n";

    private const string After =
        "\n\nTides wing defence Hana Wiremu limped off with an ankle injury and will have scans on Tuesday before the trip north.\n\n" +
        "The Tides travel to face the Capital Kea next Sunday, April 13, while the Kingfishers host the Wrens on Saturday.\n";

    [Fact]
    public void Paragraphs_after_a_results_table_and_standings_stay_in_the_body_with_the_rows()
    {
        const string table = "ROUND 9 RESULTS\nSat 5 Apr   Waikato Wrens       64-41   Otago Ospreys\nSun 6 Apr   Tasman Tides        57-52   Kapiti Kingfishers\n\n" +
                             "STANDINGS\n1. Tasman Tides          14 pts\n2. Waikato Wrens         12 pts\n3. Kapiti Kingfishers    10 pts";
        var a = PageDumps.Read(Before + table + After);
        Assert.Contains("next Sunday, April 13", a.Body);
        Assert.Contains("Hana Wiremu", a.Body);
        Assert.Contains("Sat 5 Apr", a.Body);
    }

    [Fact]
    public void A_numbered_list_of_headlines_after_the_article_is_not_a_table()
    {
        const string list = "MOST READ\n1. Ferry fares rise again as the harbour board meets\n2. New quay opens at the harbour after years of delay\n3. Council votes to close the old fish market";
        var a = PageDumps.Read(Before + list + "\n\nA completely different story starts here about the regional council and its long budget meeting on Monday night.\n\nIt went on for many hours and nobody was happy with the outcome of the vote at all.\n");
        Assert.DoesNotContain("regional council", a.Body);
    }

    [Fact]
    public void A_list_the_article_introduces_with_a_colon_keeps_the_headline_date_and_the_paragraphs_around_it()
    {
        const string page =
            "Ferry crews to stop work on four days over rosters\nBy Niamh Boland\nThe Shannon Courier\nPublished: Monday 3 March 2025, 09:15\n\n" +
            "Ferry crews on the estuary routes will stop work on four days this month after talks on new rosters broke down, their union said on Monday.\n\n" +
            "The union said its 240 members had voted by a large margin for the stoppages, which will hit the morning crossings hardest.\n\n" +
            "The stoppages announced by the union are:\n\n" +
            "- Tuesday, March 11: all crossings from 6am to noon\n- Thursday, March 13: all crossings from noon\n- March 20 to March 21: a 48-hour stoppage\n\n" +
            "The operator said it would run a reduced timetable with managers at the helm and urged the union to return to talks before the first stoppage.\n\n" +
            "\"We remain available to meet at any time,\" a spokesman for the operator said in a statement issued on Monday afternoon.\n\n" +
            "Passengers who hold season tickets will be offered a refund for each day lost, the operator said, and bus links will run on the strike days.\n";
        var a = PageDumps.Read(page);
        Assert.Equal("Ferry crews to stop work on four days over rosters", a.Headline);
        Assert.NotNull(a.Published);
        Assert.Contains("voted by a large margin", a.Body);
        Assert.Contains("March 20 to March 21", a.Body);
        Assert.Contains("reduced timetable", a.Body);
    }

    [Fact]
    public void An_introduced_list_with_an_entry_that_reads_as_a_sentence_keeps_the_paragraphs_before_it()
    {
        const string page =
            "Islands set by-election calendar for three vacant seats\nBy Tomasi Vuki\nPublished: 4 February 2026, 10:00\n\n" +
            "SUVA, February 4 - The electoral office on Wednesday set the calendar for by-elections to three seats left vacant since the end of last year, when two members died and one resigned.\n\n" +
            "The office said about 41,000 voters were registered in the three constituencies and that it would print ballots in three languages for the first time.\n\n" +
            "\"We picked dates after the cyclone season so that no island is cut off on polling day,\" the supervisor of elections, Litia Naivalu, told reporters.\n\n" +
            "The office's calendar:\n" +
            "- February 18: parties register their candidates\n- March 2: final list of candidates published\n" +
            "- March 20: polling from 7 a.m. to 6 p.m.\n- March 21 to March 23: counting and declaration of results\n\n" +
            "The three seats fell vacant after the sitting members died or resigned to take up diplomatic posts abroad late last year.\n\n" +
            "Observers from two regional bodies will watch the polls, the office said, and results will be posted at each counting centre.\n";
        var a = PageDumps.Read(page);
        Assert.Contains("set the calendar for by-elections", a.Body);
        Assert.Contains("March 21 to March 23", a.Body);
        Assert.Contains("Observers from two regional bodies", a.Body);
    }

    [Fact]
    public void A_standings_table_with_column_heads_and_bare_figures_keeps_the_paragraphs_after_it()
    {
        const string table = "STANDINGS (top four after round 9)\nTeam P W L GF GA Pts\nTasman Tides 9 7 2 512 470 14\n" +
                             "Waikato Wrens 9 6 3 498 466 12\nKapiti Kingfishers 9 5 4 480 471 10\nOtago Ospreys 9 2 7 431 502 4";
        var a = PageDumps.Read(Before + table + After);
        Assert.Contains("Waikato Wrens 9 6 3", a.Body);
        Assert.Contains("next Sunday, April 13", a.Body);
    }

    [Fact]
    public void A_table_of_dated_fixtures_after_the_last_paragraph_stays_in_the_body()
    {
        const string fixtures = "\n\nRound 6 fixtures:\nSat 12 Apr: Tasman Tides v Waikato Wrens, Saxton Stadium, 2pm\nSun 13 Apr: Otago Ospreys v Kapiti Kingfishers, Edgar Centre, 4pm\n";
        var a = PageDumps.Read(Before.TrimEnd() + fixtures);
        Assert.Contains("Sun 13 Apr", a.Body);
    }

    [Fact]
    public void A_timeline_of_years_under_a_short_heading_between_paragraphs_keeps_the_headline_and_both_sides()
    {
        const string page =
            "Fishers and wind farm back in court over the Kessock lease\nBy Morag Lindsay\nThe Firth Herald\nPublished Mar. 4, 2025 9:10 a.m. GMT\n\n" +
            "INVERNESS - An appeal court agreed on Monday to hear the latest challenge in the long fight over the Kessock offshore lease, reopening a dispute between a wind developer and the fishing association.\n\n" +
            "The case has moved through almost every level of the courts since the lease was granted. A short history:\n\n" +
            "Key dates\n2012         Lease granted to Firthwind for 40 years\n2015         Fishing association objects to the cable route\nJun 2018     Planning inquiry backs the developer\n2020-2022    Two rulings in the association's favour\n\n" +
            "The association's lawyer said the fishers had never been consulted properly and would take the case further if they lost.\n\n" +
            "Firthwind said it had spent millions on surveys and wanted a final answer so that it could begin building next year.\n";
        var a = PageDumps.Read(page);
        Assert.Equal("Fishers and wind farm back in court over the Kessock lease", a.Headline);
        Assert.NotNull(a.Published);
        Assert.Contains("appeal court agreed on Monday", a.Body);
        Assert.Contains("Jun 2018", a.Body);
        Assert.Contains("final answer", a.Body);
    }

    [Fact]
    public void A_timeline_of_long_dated_entries_under_a_heading_stays_in_the_body()
    {
        const string page =
            "Two years after the Mures floods, a third of the damaged homes are still empty\nBy Dana Petrescu\nThe Mures Courier\nPublished: 2 October 2026, 09:00 EEST\n\n" +
            "TARGU MURES, Romania - When the river broke through the levee on the night of June 3 two years ago, Ilie Pop, 74, lost the whole ground floor of his house and most of his tools.\n\n" +
            "The floods damaged 2,140 homes across the county. By the end of August, 1,400 had been repaired, according to the prefecture, which publishes the figures every month.\n\n" +
            "How the repairs went\n\n" +
            "June 3-5, 2024: 160 mm of rain falls on the upper valley in two days and the river peaks at 6.9 metres\n" +
            "June 9, 2024: government declares a state of emergency in two counties\n" +
            "Autumn 2024: first compensation payments of up to 15,000 lei per household\n" +
            "March 2025: the regional fund approves money for the new levee\n" +
            "May-August 2025: the broken levee is rebuilt over 3 kilometres\n\n" +
            "The prefect, Sorin Moldovan, said the pace of repairs had picked up since the spring and that most families would be home before the winter.\n\n" +
            "Charities say the figures hide the hardest cases, families who cannot prove they own the house they have lived in for decades.\n";
        var a = PageDumps.Read(page);
        Assert.Equal("Two years after the Mures floods, a third of the damaged homes are still empty", a.Headline);
        Assert.Contains("Ilie Pop, 74", a.Body);
        Assert.Contains("March 2025: the regional fund", a.Body);
        Assert.Contains("hardest cases", a.Body);
    }
}
