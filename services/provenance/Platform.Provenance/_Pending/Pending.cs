// Temporary stand-in until the provenance domain branch lands; deleted at merge.
using Platform.Contracts;
namespace Platform.Provenance.Detection;
public sealed class TranslationProvenanceDetector { public TranslationProvenance Detect(ArticleDocument article) => new() { TargetLanguage = article.Language }; }
