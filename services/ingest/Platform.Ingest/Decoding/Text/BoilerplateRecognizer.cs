using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Ingest.Decoding.Text;

/// <summary>Classifies site chrome lines (comment prompts, menus, share buttons, copyright) with a reason code.</summary>
public static partial class BoilerplateRecognizer
{
    public const string SiteBoilerplate = "site-boilerplate";
    public const string Comments = "comments";
    public const string Navigation = "navigation";
    public const string Copyright = "copyright";
    public const string EndMarker = "end-marker";
    public const string Caption = "caption";

    /// <summary>The reason code when the line is site chrome, otherwise null.</summary>
    public static string? Classify(string line)
    {
        if (line.Length > 300) return null;
        if (EndMarkerLine().IsMatch(line)) return EndMarker;
        if (IsCopyright(line)) return Copyright;
        if (CommentsLine().IsMatch(line)) return Comments;
        if (SectionStart().IsMatch(line) || NavigationLine().IsMatch(line) || IsBreadcrumb(line) || ShareLine().IsMatch(line)) return Navigation;
        if (SiteLine().IsMatch(line)) return SiteBoilerplate;
        if (CaptionLine().IsMatch(line)) return Caption;
        return null;
    }

    /// <summary>True for lines that open a trailing block of site chrome ("Most Popular", comment prompts): everything after them is chrome.</summary>
    public static bool StartsTrailingChrome(string line) =>
        line.Length <= 120 && (SectionStart().IsMatch(line) || CommentsLine().IsMatch(line) || ShareLine().IsMatch(line));

    public static bool IsCopyright(string line) => line.Length <= 300 && CopyrightLine().IsMatch(line);

    private static bool IsBreadcrumb(string line)
    {
        if (line.Length > 120) return false;
        var parts = BreadcrumbSeparator().Split(line);
        return parts.Length >= 3 && parts.All(p => p.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is >= 1 and <= 4);
    }

    [GeneratedRegex(@"^\s*(?:\(END\)|\[END\]|[-–—]?\s*ENDS?\s*[-–—]?|/END/|\(끝\)|#{3}|-30-|\(c\) ?Yonhap\.?|\(ⓒ Yonhap\))\s*$", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex EndMarkerLine();

    [GeneratedRegex(@"^[\s\[\(]*(?:©|ⓒ|\(c\)|Copyright\b|Copyrights\b)|All rights reserved|무단\s*전재|재배포\s*금지|Unauthorized reproduction|may not be (?:reproduced|republished|redistributed)", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex CopyrightLine();

    [GeneratedRegex(@"to write comments|log ?in to (?:comment|one of|write|leave|post)|please log ?in|leave a (?:comment|reply)|write a comment|post a comment|add a comment|view (?:all )?comments|show comments|join the (?:conversation|discussion)|comment(?:ing)? policy|comments? \(\d+\)|^\s*\d+\s+comments?\s*$|^\s*comments?\s*$|\(\d+\s*/\s*\d+\s*(?:자|characters|chars)?\)|Standards Board Policy|community guidelines|be the first to comment|sort by (?:newest|oldest|best)|report abuse|reply\s*\|\s*report", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex CommentsLine();

    [GeneratedRegex(@"^\s*(?:most (?:popular|read|viewed|shared|commented)|related (?:articles?|stories|news|content|topics|coverage|links)|more (?:stories|news|articles|headlines)|more (?:from|in|on|about) (?:this|the)?\s*[\p{L}'’& -]{1,40}|popular|latest|recommended(?: for you| stories| articles)?|you (?:may|might) (?:also )?like|trending(?: now| news| stories)?|latest (?:news|stories|articles|headlines)|top (?:stories|news|headlines)|(?:read|see) (?:more|also)|also read|editor'?s picks|what to read next|popular (?:now|stories|articles)|in other news|don'?t miss|more to explore|keep reading|up next|watch next|photo gallery|news in photos|tags?\s*:|topics?\s*:|keywords?\s*:)\s*[:\-—»›>]?\s*$", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex SectionStart();

    [GeneratedRegex(@"^\s*(?:home|menu|search|sections?|back to top|go to top|top|previous(?: article)?|next(?: article)?|skip to (?:main )?content|close|open menu|all sections|subscribe|sign in|log ?in|log ?out|register|my page|e-?paper|today'?s paper|newsletters?|podcasts?|video|photos?|opinion|world|national|business|sports|entertainment|culture|lifestyle|tech|science|politics|economy|north korea|korea|asia|europe|americas|weather|more|print|font ?size|text size|listen|listen to this article|audio|A\+|A-|\d+\s*min(?:ute)?s? read|\d+\s*views?|view count\s*\d*)\s*[:|]?\s*$", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex NavigationLine();

    [GeneratedRegex(@"^\s*(?:share(?: this(?: article| story)?| on)?|shares?|share via|social sharing|compartir|compartilhe|compartilhar|partager|partagez|teilen|condividi|delen|deel|udostępnij|bagikan|paylaş|dela|del|jaa|sdílet|podijeli|podeli|distribuie|facebook|twitter|x|kakao(?:talk)?|kakao story|line|linkedin|whatsapp|telegram|reddit|pinterest|email|e-mail|copy link|copy url|link copied|print|tweet)(?:\s*[|/·•,]?\s*(?:facebook|twitter|x|kakao(?:talk)?|kakao story|line|linkedin|whatsapp|telegram|reddit|pinterest|email|e-mail|copy link|copy url|print|tweet|share))*\s*$", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex ShareLine();

    [GeneratedRegex(@"^\s*(?:advertisement|\[?ad\]?|sponsored(?: content)?|subscribe (?:now|today|to)|sign up (?:for|to)|get (?:the|our) newsletter|our newsletter|download (?:our|the) app|follow us on|we use cookies|this (?:site|website) uses cookies|accept (?:all )?cookies|cookie (?:policy|settings)|privacy policy|terms of (?:use|service)|contact us|about us|send us (?:a )?(?:tip|news tip)|click here|support (?:our|independent) journalism|this content was produced by|you have (?:\d+|one|two|three) (?:free )?(?:articles?|stories) (?:left|remaining)|you(?:'ve| have) (?:read|reached) (?:\d+|your|all)|get (?:the )?[\p{L} ]{0,30} in your inbox)\b.*$", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex SiteLine();

    // Photo captions: "... on Thursday. [YONHAP]", "[NEWS1]", "Photo: ...", "Photo by ...".
    [GeneratedRegex(@"\[(?:[A-Z0-9][A-Z0-9 ,.&/'’-]{1,40}|(?:Photo|Image|Graphic|Screen capture|Capture)[^\]]{0,60})\]\s*$|^\s*(?:Photo|Photos|Image|Graphic|PHOTO|IMAGE)\s*(?::|by\b|courtesy\b)|^\s*\[(?:Photo|Image|Graphic)\]" +
        // "... on Saturday. Pic by Nuwan Priyankara": a photographer's credit closing a caption
        @"|[.!?]\s+(?:Pic|Pics|Picture|Pictures|Photo|Photos|Photograph|Image)\s*(?:by\b|:)\s*\p{Lu}[\p{L}.'’ -]{2,40}$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex CaptionLine();

    [GeneratedRegex(@"\s+[>›»|]\s+", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex BreadcrumbSeparator();
}
