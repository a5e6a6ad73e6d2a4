// Temporary stand-ins until the extraction branches land; deleted at merge.
using Platform.Contracts;
namespace Platform.Extraction.Entities { public sealed class EntityExtractor { public const string Version = "pending"; public static EntityExtractor CreateDefault() => new(); public IReadOnlyList<ExtractedEntity> Extract(string body) => []; } }
namespace Platform.Extraction.Dates { public sealed class DateExpressionExtractor { public const string Version = "pending"; public IReadOnlyList<ExtractedDate> Extract(string body, PublishedTime? published) => []; } }
namespace Platform.Extraction.Quantities { public sealed class QuantityExtractor { public const string Version = "pending"; public IReadOnlyList<ExtractedQuantity> Extract(string body) => []; } }
namespace Platform.Extraction.Quotes { public sealed class QuoteExtractor { public const string Version = "pending"; public IReadOnlyList<ExtractedQuote> Extract(string body, IReadOnlyList<ExtractedEntity> entities, bool translated) => []; } }
namespace Platform.Extraction.Identifiers { public sealed class IdentifierExtractor { public IReadOnlyList<ExtractedIdentifier> Extract(string text, string location) => []; } }
