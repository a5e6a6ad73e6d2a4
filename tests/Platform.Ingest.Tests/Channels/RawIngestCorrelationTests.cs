using System.Text;
using Platform.Ingest.Channels;

namespace Platform.Ingest.Tests.Channels;

public sealed class RawIngestCorrelationTests
{
    private static readonly byte[] FileA = Encoding.UTF8.GetBytes("Headline A\nBody of article A.");
    private static readonly byte[] FileB = Encoding.UTF8.GetBytes("Headline B\nBody of article B.");

    [Fact]
    public void A_redelivered_message_keeps_its_correlation_id()
    {
        var id = Guid.NewGuid().ToString();

        Assert.Equal(RawIngestQueueListener.CorrelationIdOf(id, FileA), RawIngestQueueListener.CorrelationIdOf(id, FileA));
    }

    [Fact]
    public void A_different_file_reusing_a_message_id_gets_its_own_correlation_id()
    {
        var id = Guid.NewGuid().ToString();

        Assert.NotEqual(RawIngestQueueListener.CorrelationIdOf(id, FileA), RawIngestQueueListener.CorrelationIdOf(id, FileB));
    }

    [Fact]
    public void Without_a_message_id_every_delivery_is_a_new_submission()
    {
        Assert.NotEqual(RawIngestQueueListener.CorrelationIdOf(null, FileA), RawIngestQueueListener.CorrelationIdOf(null, FileA));
    }
}
