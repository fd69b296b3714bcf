namespace Briefing.Model;

/// <summary>Every diagnostic the generator reports, declared once. Ids never change meaning.</summary>
public static class DiagnosticCodes
{
    public static readonly DiagnosticCode InvalidEncoding = new("BRF001", "the file is not valid UTF-8");
    public static readonly DiagnosticCode MissingFrontMatter = new("BRF002", "a briefing must start with a '---' front-matter fence");
    public static readonly DiagnosticCode UnclosedFrontMatter = new("BRF003", "the front matter has no closing '---' fence");
    public static readonly DiagnosticCode YamlSyntax = new("BRF004", "the YAML could not be parsed");
    public static readonly DiagnosticCode UnknownKey = new("BRF005", "a key that the content model does not define");
    public static readonly DiagnosticCode MissingField = new("BRF006", "a required field is missing or empty");
    public static readonly DiagnosticCode WrongType = new("BRF007", "a value has the wrong shape (text, list, mapping, number, true/false)");
    public static readonly DiagnosticCode InvalidDate = new("BRF008", "a date is not ISO 8601");
    public static readonly DiagnosticCode UnknownCompany = new("BRF009", "a company slug with no file in content/companies/");
    public static readonly DiagnosticCode UnknownPerson = new("BRF010", "a person slug with no file in content/people/");
    public static readonly DiagnosticCode UnknownTag = new("BRF011", "a tag missing from content/tags.yml (only when that file exists)");
    public static readonly DiagnosticCode UrlCollision = new("BRF012", "two files would be published at the same URL");
    public static readonly DiagnosticCode InvalidSlug = new("BRF013", "a slug that is not lowercase letters, digits and single hyphens");
    public static readonly DiagnosticCode InvalidMove = new("BRF014", "a talent move that breaks the rules of its kind");
    public static readonly DiagnosticCode UnknownMoveKind = new("BRF015", "a move kind other than hire, departure, promotion, poach");
    public static readonly DiagnosticCode MovePersonNotListed = new("BRF016", "a move's person is missing from the briefing's people");
    public static readonly DiagnosticCode MoveAfterBriefing = new("BRF017", "a move dated after the briefing that reports it");
    public static readonly DiagnosticCode InvalidUrl = new("BRF018", "a URL that is not absolute http(s)");
    public static readonly DiagnosticCode ParentCycle = new("BRF019", "company parent links form a cycle");
    public static readonly DiagnosticCode UnknownParent = new("BRF020", "a company's parent is not in the registry");
    public static readonly DiagnosticCode SiteConfig = new("BRF021", "content/site.yml is missing or invalid");
    public static readonly DiagnosticCode TemplateError = new("BRF022", "a theme template failed to parse or render");
    public static readonly DiagnosticCode DuplicateKey = new("BRF023", "the same key appears twice in one mapping");
    public static readonly DiagnosticCode InvalidNumber = new("BRF024", "a number is not a positive integer");
    public static readonly DiagnosticCode FolderYearMismatch = new("BRF025", "a briefing's folder year differs from its date's year");
    public static readonly DiagnosticCode MisplacedFile = new("BRF026", "a content file outside the places the content model defines");
    public static readonly DiagnosticCode ForbiddenCharacter = new("BRF027", "a control character that no page or feed may carry");
    public static readonly DiagnosticCode MissingTheme = new("BRF028", "the theme folder or one of its layouts is missing");
    public static readonly DiagnosticCode UpdatedBeforeDate = new("BRF029", "a briefing's 'updated' is earlier than its 'date'");
    public static readonly DiagnosticCode SummaryTooLong = new("BRF030", "a summary longer than 280 characters (lists, feeds and social cards cut it)");
    public static readonly DiagnosticCode NoSources = new("BRF031", "a briefing that cites no sources");
    public static readonly DiagnosticCode UnmentionedEntry = new("BRF032", "a company or person that no briefing or other registry entry mentions");
    public static readonly DiagnosticCode NameNotInFrontMatter = new("BRF033", "a registered company or person named in the body but missing from the front matter");
    public static readonly DiagnosticCode Placeholder = new("BRF034", "placeholder text that 'briefing new' wrote is still there");
    public static readonly DiagnosticCode ConflictingMoves = new("BRF035", "two moves of the same person on the same date name different companies");
    public static readonly DiagnosticCode UnreadableFile = new("BRF036", "a content file that could not be read, or is larger than the size limit");
    public static readonly DiagnosticCode YamlLimit = new("BRF037", "YAML nested too deep, or aliases that expand past the limit");
    public static readonly DiagnosticCode SymbolicLink = new("BRF038", "a symbolic link that leads outside the site, nowhere, or back to itself");
    public static readonly DiagnosticCode UnsafeLink = new("BRF039", "a link or image in a body whose URL scheme is not http, https or mailto (it is not published)");
    public static readonly DiagnosticCode ReservedPageSlug = new("BRF041", "a page slug that a route the site generates already uses");
    public static readonly DiagnosticCode UnknownMenu = new("BRF042", "a menu name other than main or footer");
    public static readonly DiagnosticCode UnknownPageType = new("BRF043", "a page type other than page, about or contact");
    public static readonly DiagnosticCode MenuLinkNowhere = new("BRF044", "a menu link to a path of the site where nothing is published");
    public static readonly DiagnosticCode InvalidEmail = new("BRF045", "an email address that is not of the form name@example.org");
    public static readonly DiagnosticCode UnknownAuthor = new("BRF046", "an author slug with no file in content/authors/");
    public static readonly DiagnosticCode UnusedAuthor = new("BRF047", "an author that no briefing's byline names");
    public static readonly DiagnosticCode InvalidAlias = new("BRF050", "an alias that is not a path on this site (a full URL, '..', '//', a query, a fragment, a control character)");
    public static readonly DiagnosticCode AliasCollision = new("BRF051", "an alias at the URL of a page the build writes, or of another alias");
    public static readonly DiagnosticCode UrlWouldVanish = new("BRF052", "a published URL of a briefing or entity page that its new slug, date or file name would drop, with no alias keeping it");
    public static readonly DiagnosticCode PublishedUrlGone = new("BRF053", "a published URL whose briefing or entry no longer publishes (deleted, a draft, scheduled), with no alias keeping it");
    public static readonly DiagnosticCode ArchiveSlug = new("BRF055", "a briefing slug that a date archive's URL takes (a month 01–12, or 'page')");
    public static readonly DiagnosticCode CorrectionBeforeBriefing = new("BRF056", "a correction dated before the briefing it corrects");
    public static readonly DiagnosticCode EmptyCorrection = new("BRF057", "a correction without text");
    public static readonly DiagnosticCode ImageAlt = new("BRF060", "an image without alt text (alt: \"\" only with decorative: true)");
    public static readonly DiagnosticCode ImageMissing = new("BRF061", "an image file that does not exist");
    public static readonly DiagnosticCode ImageFormat = new("BRF062", "an image that is not a JPEG, PNG or WebP file, or cannot be decoded");
    public static readonly DiagnosticCode ImageOutsideSite = new("BRF063", "an image path that leaves content/ (or a link in it that does)");
    public static readonly DiagnosticCode ImageTooLarge = new("BRF064", "an image far wider than its largest variant (it only slows builds down)");
    public static readonly DiagnosticCode CardLayoutInvalid = new("BRF070", "a wrong key or value in the theme's social-card layout (cards/card.yml)");
    public static readonly DiagnosticCode CardFontMissing = new("BRF071", "a font that the social-card layout names is missing, outside the theme's cards/ folder, not a font, or cut short");
    public static readonly DiagnosticCode CardMissingGlyph = new("BRF072", "a character of a social card's text that no font of the card layout has (the card is made, the character drawn as a box)");
    public static readonly DiagnosticCode InvalidTimeZone = new("BRF075", "site.yml's timezone is not an IANA time zone id such as Europe/Berlin");
    public static readonly DiagnosticCode InvalidNewsletter = new("BRF076", "site.yml's newsletter block has no https form action or a bad field name");
    public static readonly DiagnosticCode DigestFileName = new("BRF077", "a file in content/digest/ not named after an ISO week (YYYY-Www.md)");
    public static readonly DiagnosticCode DigestWeekEmpty = new("BRF078", "a digest intro for a week that has no published briefings (it is not published)");
    public static readonly DiagnosticCode NoEdition = new("BRF079", "'briefing digest --week' names a week that has no published edition (no briefings, a draft, or not finished)");

    /// <summary>All codes, in id order (for documentation and the test that each is printed exactly).</summary>
    public static IReadOnlyList<DiagnosticCode> All { get; } =
    [
        InvalidEncoding, MissingFrontMatter, UnclosedFrontMatter, YamlSyntax, UnknownKey, MissingField, WrongType,
        InvalidDate, UnknownCompany, UnknownPerson, UnknownTag, UrlCollision, InvalidSlug, InvalidMove,
        UnknownMoveKind, MovePersonNotListed, MoveAfterBriefing, InvalidUrl, ParentCycle, UnknownParent,
        SiteConfig, TemplateError, DuplicateKey, InvalidNumber, FolderYearMismatch, MisplacedFile,
        ForbiddenCharacter, MissingTheme, UpdatedBeforeDate, SummaryTooLong, NoSources, UnmentionedEntry,
        NameNotInFrontMatter, Placeholder, ConflictingMoves, UnreadableFile, YamlLimit, SymbolicLink, UnsafeLink,
        ReservedPageSlug, UnknownMenu, UnknownPageType, MenuLinkNowhere, InvalidEmail, UnknownAuthor, UnusedAuthor,
        InvalidAlias, AliasCollision, UrlWouldVanish, PublishedUrlGone, ArchiveSlug, CorrectionBeforeBriefing, EmptyCorrection,
        ImageAlt, ImageMissing, ImageFormat, ImageOutsideSite, ImageTooLarge,
        CardLayoutInvalid, CardFontMissing, CardMissingGlyph,
        InvalidTimeZone, InvalidNewsletter, DigestFileName, DigestWeekEmpty, NoEdition,
    ];
}
