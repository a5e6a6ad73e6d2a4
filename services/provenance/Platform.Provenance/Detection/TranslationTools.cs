using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Provenance.Detection;

/// <summary>Named translation tools and the method each one stands for.</summary>
public static class TranslationTools
{
    /// <summary>A tool as named in a note, with its canonical name and method (<c>machine</c> or <c>generative-ai</c>).</summary>
    public sealed record ToolMatch(string Name, string Method, int Index, int Length);

    private static readonly (Regex Pattern, string Name, string Method)[] Tools =
    [
        (Rx(@"DeepL(?:\s+(?:Translator|Pro|Write))?"), "DeepL", TranslationMethods.Machine),
        (Rx(@"Google\s+Translat(?:e|or|ion)|(?<=translat\w*\s+(?:by|with|using|via|through)\s+)Google(?!\s+(?-i:\p{Lu}))"), "Google Translate", TranslationMethods.Machine),
        (Rx(@"(?:Naver(?:'s|’s)?\s+)?Papago"), "Papago", TranslationMethods.Machine),
        (Rx(@"(?:Microsoft|Bing)\s+Translator"), "Microsoft Translator", TranslationMethods.Machine),
        (Rx(@"Yandex\s*\.?\s*Translate"), "Yandex Translate", TranslationMethods.Machine),
        (Rx(@"Amazon\s+Translate"), "Amazon Translate", TranslationMethods.Machine),
        (Rx(@"Baidu\s+Translat(?:e|ion)"), "Baidu Translate", TranslationMethods.Machine),
        (Rx(@"Systran"), "Systran", TranslationMethods.Machine),
        (Rx(@"ModernMT"), "ModernMT", TranslationMethods.Machine),
        (Rx(@"Kakao\s*i\s*Translat(?:e|ion)"), "Kakao i Translate", TranslationMethods.Machine),
        (Rx(@"ChatGPT"), "ChatGPT", TranslationMethods.GenerativeAi),
        (Rx(@"GPT-?\d(?:\.\d)?o?(?:-mini)?"), "GPT", TranslationMethods.GenerativeAi),
        (Rx(@"(?:Google(?:'s|’s)?\s+)?Gemini(?=\s+(?:AI|model|\d)|\s*[,.;)]|\s+and\b|$)|Google(?:'s|’s)?\s+Gemini"), "Gemini", TranslationMethods.GenerativeAi),
        (Rx(@"(?<=(?:using|with|via|through|by|Anthropic(?:'s|’s)?)\s+)Claude(?!\s+(?-i:\p{Lu}))"), "Claude", TranslationMethods.GenerativeAi),
        (Rx(@"(?:Microsoft\s+)?Copilot"), "Copilot", TranslationMethods.GenerativeAi),
        (Rx(@"DeepSeek"), "DeepSeek", TranslationMethods.GenerativeAi),
        (Rx(@"(?:Naver(?:'s|’s)?\s+)?HyperCLOVA\s*X?"), "HyperCLOVA X", TranslationMethods.GenerativeAi),
        (Rx(@"Mistral(?:\s+AI)?"), "Mistral", TranslationMethods.GenerativeAi),
        (Rx(@"Llama\s*\d"), "Llama", TranslationMethods.GenerativeAi),
    ];

    private static Regex Rx(string p) => new(@"(?<![\p{L}\p{N}])(?:" + p + @")(?![\p{L}\p{N}])", RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    /// <summary>The first tool named in the text, or null.</summary>
    public static ToolMatch? FindIn(string text)
    {
        ToolMatch? best = null;
        foreach (var (pattern, name, method) in Tools)
        {
            var m = pattern.Match(text);
            if (m.Success && (best is null || m.Index < best.Index)) best = new ToolMatch(name, method, m.Index, m.Length);
        }
        return best;
    }

    /// <summary>True when the phrase names a tool.</summary>
    public static bool IsTool(string phrase) => FindIn(phrase) is not null;
}
