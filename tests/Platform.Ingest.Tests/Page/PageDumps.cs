using System.Text;
using Platform.Contracts;

namespace Platform.Ingest.Tests.Page;

/// <summary>An invented article body to wrap in page chrome, and the reader run on a page given as text.</summary>
internal static class PageDumps
{
    public const string Body =
        "The harbour board in Port Tallis voted on Monday to close the old fish market on the quay, ending a trade that has run there for almost two centuries, board members said.\n" +
        "\"We have kept it open for as long as the roof allowed,\" said board chair Miriam Okafor. \"Now the roof has decided for us.\"\n" +
        "Traders will move to a new hall beside the ferry terminal in the spring, and the board said rents would be frozen for two years to help them settle.\n";

    public static ArticleDocument Read(string page)
    {
        var decision = TestFiles.Decoder.Decode(Encoding.UTF8.GetBytes(page), "page.txt", null);
        Assert.True(decision.Article is not null, $"rejected: {decision.Reason} {decision.Detail}");
        return decision.Article!;
    }
}
