namespace Platform.Extraction.Training;

/// <summary>Reads the dataset format: "# doc ID" lines, "token TAB tag" lines, blank lines between sentences.</summary>
public static class ConllReader
{
    public static List<ConllDocument> Read(string path)
    {
        var documents = new List<ConllDocument>();
        ConllDocument? current = null;
        var sentence = new List<(string, string)>();
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("# doc ", StringComparison.Ordinal))
            {
                Flush();
                current = new ConllDocument(line[6..].Trim(), []);
                documents.Add(current);
                continue;
            }
            if (line.Length == 0) { Flush(); continue; }
            var tab = line.LastIndexOf('\t');
            if (tab <= 0) continue;
            sentence.Add((line[..tab], line[(tab + 1)..]));
        }
        Flush();
        return documents;

        void Flush()
        {
            if (sentence.Count > 0 && current is not null) current.Sentences.Add(sentence);
            sentence = [];
        }
    }
}
