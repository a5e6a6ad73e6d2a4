namespace Platform.Provenance.Detection;

/// <summary>Writing systems the detector tells apart.</summary>
public enum Script { Other, Latin, Hangul, Kana, Han, Cyrillic, Arabic, Hebrew, Greek, Thai, Devanagari, Georgian, Armenian }
