namespace Platform.Ingest.Decoding.Page;

/// <summary>The line chosen as headline, the cleaned headline text, the features that chose it and a confidence.</summary>
public sealed record HeadlineChoice(int Index, string Headline, string Rule, double Score, double Confidence);
