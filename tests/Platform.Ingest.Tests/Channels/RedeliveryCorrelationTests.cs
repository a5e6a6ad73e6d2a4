using System.Text;
using Platform.Ingest.Decoding;
using Platform.Ingest.Intake;

namespace Platform.Ingest.Tests.Channels;

public sealed class RedeliveryCorrelationTests
{
    private static readonly byte[] FileA = Encoding.UTF8.GetBytes("Headline A\nBody of article A.");
    private static readonly byte[] FileB = Encoding.UTF8.GetBytes("Headline B\nBody of article B.");

    private static Guid Correlation(string? key, byte[] content) => ArticleIntake.CorrelationOf(key, ArticleIdentity.SubmissionId(content));

    [Fact]
    public void A_redelivered_message_keeps_its_correlation_id()
    {
        var id = Guid.NewGuid().ToString();

        Assert.Equal(Correlation(id, FileA), Correlation(id, FileA));
    }

    [Fact]
    public void A_different_file_reusing_a_message_id_gets_its_own_correlation_id()
    {
        var id = Guid.NewGuid().ToString();

        Assert.NotEqual(Correlation(id, FileA), Correlation(id, FileB));
    }

    [Fact]
    public void Without_a_message_id_every_delivery_is_a_new_submission()
    {
        Assert.NotEqual(Correlation(null, FileA), Correlation(null, FileA));
    }
}
