using Platform.Contracts;
using Platform.Extraction;

namespace Platform.Extraction.Tests.Dates;

/// <summary>A wire dateline's date is reported with its source, its offsets pointing into the dateline.</summary>
public sealed class DatelineDateTests
{
    [Fact]
    public void The_datelines_date_is_found_and_marked_as_the_datelines()
    {
        var article = new ArticleDocument
        {
            Format = "text", Encoding = "utf-8", EncodingReason = "valid", Language = "en",
            Dateline = "ROTTERDAM, Feb 11 (Continental Press)",
            Published = new PublishedTime { Raw = "2025-02-11 14:20", Local = "2025-02-11T14:20:00", OffsetSource = "none" },
            Body = "A strike by lashing crews entered its sixth day on Tuesday, port officials said.",
        };

        var dates = ArticleExtractor.CreateDefault().Extract(article, null).Dates;

        var inBody = Assert.Single(dates, d => d.Source is null);
        Assert.Equal("Tuesday", inBody.Text);
        var inDateline = Assert.Single(dates, d => d.Source == DateSources.Dateline);
        Assert.Equal("Feb 11", inDateline.Text);
        Assert.Equal("2025-02-11", inDateline.Resolved);
        Assert.Equal("Feb 11", article.Dateline![inDateline.Start..inDateline.End]);
    }
}

/// <summary>A page that gives only an update time: relative dates count from it.</summary>
public sealed class UpdateTimeAnchorTests
{
    [Fact]
    public void Without_a_publication_time_the_update_time_anchors_relative_dates()
    {
        var article = new ArticleDocument
        {
            Format = "text", Encoding = "utf-8", EncodingReason = "valid", Language = "en",
            Modified = new PublishedTime { Raw = "Last updated 17/02/2025 6:48pm", Local = "2025-02-17T18:48:00", OffsetSource = "none" },
            Body = "The cyclone crossed the northern islands on Saturday, officials said.",
        };

        var saturday = Assert.Single(ArticleExtractor.CreateDefault().Extract(article, null).Dates);

        Assert.Equal("2025-02-15", saturday.Resolved);
        Assert.Equal("2025-02-17 (update time)", saturday.Anchor);
    }
}
