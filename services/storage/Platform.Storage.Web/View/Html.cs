using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Platform.Storage.Web.View;

/// <summary>HTML encoding (every value that goes into a page passes here) and the page frame with its inline style:
/// no script, no external CDN, no font or image from elsewhere.</summary>
internal static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string E(string? text) => text is null ? "" : Encoder.Encode(text);

    public static string Page(string title, string content)
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(E(title)).Append(" · platform</title><style>").Append(Style).Append("</style></head><body>")
            .Append("<header><a href=\"/\">platform</a> <span>stored articles</span></header><main>")
            .Append(content)
            .Append("</main></body></html>");
        return page.ToString();
    }

    private const string Style = """
        body{font-family:system-ui,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
        header{background:#1d3557;color:#fff;padding:.6rem 1.2rem}header a{color:#fff;font-weight:bold;text-decoration:none;margin-right:.6rem}
        main{max-width:72rem;margin:0 auto;padding:1rem 1.2rem}
        form.search{display:flex;flex-wrap:wrap;gap:.4rem;align-items:end;background:#fff;padding:.8rem;border:1px solid #ddd;border-radius:6px}
        form.search label{display:flex;flex-direction:column;font-size:.8rem;color:#555}
        form.search input,form.search select{font-size:.95rem;padding:.25rem}
        input[name=q]{min-width:18rem}
        ol.results{list-style:none;padding:0}ol.results li{background:#fff;border:1px solid #ddd;border-radius:6px;margin:.5rem 0;padding:.6rem .8rem}
        .meta{color:#555;font-size:.85rem}.tag{display:inline-block;border-radius:4px;padding:0 .35rem;font-size:.8rem;background:#eee;margin-right:.3rem}
        .tag.yes{background:#ffe8a3}.tag.no{background:#d7f5dd}.tag.unknown{background:#eee}
        .layout{display:grid;grid-template-columns:minmax(0,1fr) 22rem;gap:1.2rem}
        .body{background:#fff;border:1px solid #ddd;border-radius:6px;padding:1rem;white-space:pre-wrap;line-height:1.55}
        aside section{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.6rem .8rem;margin-bottom:.8rem}
        aside h2{font-size:1rem;margin:.2rem 0 .4rem}dl{margin:0}dt{font-weight:bold;font-size:.8rem;color:#555}dd{margin:0 0 .4rem 0}
        mark{background:none;border-radius:3px;padding:0 1px}
        mark.ent-person{background:#cfe2ff}mark.ent-organization{background:#e2d9f3}mark.ent-location{background:#d1e7dd}mark.ent-nationality{background:#fde2e4}
        mark.date{background:#fff3cd;border-bottom:2px solid #e0a800}mark.quote{background:#f1f3f5;font-style:italic}
        mark.quote.ent-person,mark.quote.ent-organization,mark.quote.ent-location{font-style:italic}
        .legend mark{margin-right:.4rem}.pager a{margin-right:.8rem}
        @media (max-width:60rem){.layout{grid-template-columns:1fr}}
        """;
}
